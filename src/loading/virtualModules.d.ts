/** The bundled dataset, validated and indexed at build time (scripts/bundled-dataset-plugin.ts). */
declare module 'virtual:sourceline/bundled-dataset' {
  /** A PreparedJson (see preparedForm.ts). */
  const prepared: unknown;
  export default prepared;
}
