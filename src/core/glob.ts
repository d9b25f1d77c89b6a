// Glob patterns as VS Code settings use them (`**`, `*`, `?`, `{a,b}`, `[abc]`), matched against a
// forward-slash path. Pure: the CLI and the editor share it (hakusho.markdown.include).

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of folders (also none); a trailing `**` matches everything below
        i++;
        if (glob[i + 1] === '/') { i++; out += '(?:[^/]*/)*'; } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') { inGroup++; out += '(?:'; }
    else if (c === '}' && inGroup > 0) { inGroup--; out += ')'; }
    else if (c === ',' && inGroup > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) { out += '\\['; continue; }
      const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
      out += `[${body}]`;
      i = close;
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  re = new RegExp(`^${out}$`);
  cache.set(glob, re);
  return re;
}

/**
 * Whether `path` (forward slashes; workspace-relative or absolute) matches one of `patterns`.
 * A pattern without a leading `**​/` or `/` also matches below any folder, as VS Code's include globs
 * are commonly written relative to the workspace folder.
 */
export function matchesAnyGlob(path: string, patterns: readonly string[]): boolean {
  const p = path.replace(/\\/g, '/');
  for (const raw of patterns) {
    const pattern = raw.trim().replace(/\\/g, '/');
    if (!pattern) continue;
    if (globToRegExp(pattern).test(p)) return true;
    if (!pattern.startsWith('/') && !pattern.startsWith('**') && globToRegExp(`**/${pattern}`).test(p)) return true;
  }
  return false;
}
