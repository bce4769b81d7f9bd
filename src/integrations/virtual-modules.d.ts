declare module 'virtual:checker-sources' {
  import type { SourceData } from '../lib/screening/pages/result';
  const sources: Record<string, SourceData>;
  export default sources;
}
declare module 'virtual:checker-route' {
  /** The packed route (src/lib/screening/route/packed.ts). */
  const packed: string;
  export default packed;
}
