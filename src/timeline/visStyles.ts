/**
 * vis-timeline's stylesheet, apart from its code: the code is a chunk loaded after the page starts
 * (see TimelinePanel), while the stylesheet belongs in the page's first one, before the app's own
 * (the app's stylesheets override some of its rules, and order decides between equal selectors).
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
