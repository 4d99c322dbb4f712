// A long community name ("CAMAFU — Comunidad de Aprendizaje en Manejo del Fuego") reads badly inside a
// button label; its short form is the part before the first dash or colon that separates a subtitle.
const SUBTITLE_SEPARATOR = /\s+[—–-]\s+|:\s+/u;

/** The short form of a community name for labels: "CAMAFU" for "CAMAFU — Comunidad de …". */
export function shortCommunityName(name: string): string {
  const [head = ''] = name.split(SUBTITLE_SEPARATOR);
  const short = head.trim();
  return short === '' ? name.trim() : short;
}
