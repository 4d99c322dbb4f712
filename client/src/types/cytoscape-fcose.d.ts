// cytoscape-fcose ships no types; only what Tejido uses is declared.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';

  const fcose: Ext;
  export default fcose;
}
