/** One fenced code block of a Markdown page. */
export interface CodeBlock {
  /** The page, relative to the repository root. */
  page: string;
  /** Line of the opening fence (1-based). */
  line: number;
  /** The info string's first word: `ts`, `tsx`, `sh`, … (empty when none). */
  lang: string;
  /** Words after the language: `fragment`, `run`. */
  flags: ReadonlySet<string>;
  /**
   * Where the block lives in the reader's project: `file=lib/pelago.ts` in the info string, or
   * a first line such as `// app/layout.tsx` (anything after a colon is a comment).
   */
  path: string | null;
  code: string;
}

/** Languages the checker compiles; every other block is prose for the reader (shell, JSON). */
export const CHECKED_LANGS: ReadonlySet<string> = new Set(['ts', 'tsx', 'js', 'jsx', 'mjs']);
/** Languages that are not code to check, named so an unmarked block cannot slip through. */
export const PROSE_LANGS: ReadonlySet<string> = new Set(['sh', 'json', 'text', 'env', 'http']);
/** What a block may say after its language. */
export const KNOWN_FLAGS: ReadonlySet<string> = new Set(['fragment', 'run']);

/** The fenced blocks of `markdown` (backtick fences, as the docs use them). */
export function extractCodeBlocks(markdown: string, page: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,})(.*)$/.exec(lines[index]!);
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence)) {
      const text = lines[end]!;
      body.push(text.startsWith(indent) ? text.slice(indent.length) : text.trimStart());
      end++;
    }
    const [lang = '', ...words] = info.trim().split(/\s+/).filter(Boolean);
    const flags = new Set(words.filter((word) => !word.includes('=')));
    const fileAttribute = words.find((word) => word.startsWith('file='))?.slice('file='.length);
    const comment = /^\/\/ ([\w./@[\]-]+\.(?:tsx?|jsx?|mjs))(?::.*)?$/.exec(body[0] ?? '');
    blocks.push({
      page,
      line: index + 1,
      lang: lang.toLowerCase(),
      flags,
      path: fileAttribute ?? comment?.[1] ?? null,
      code: body.join('\n'),
    });
    index = end;
  }
  return blocks;
}
