// Building the offline pages' DOM. Everything from a bundle is put in as text (textContent,
// attributes set one by one): a bundle's Markdown or names can never inject HTML or script.

/** An element with attributes and children (strings become text nodes). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Only these link targets are kept as links; anything else (javascript:, data:) is text. */
export function safeHref(url) {
  return /^(https?:\/\/|mailto:|tel:)/i.test(url) ? url : null;
}

/** Whether a link target names a scheme (`javascript:`, `https:`), not a relative path. */
function hasScheme(url) {
  return /^[a-z][a-z0-9+.-]*:/i.test(url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+/, ""));
}

/** For each index of `text`, the index of the next `ch` at or after it (text.length: none). */
function nextOf(text, ch) {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) next[i] = text[i] === ch ? i : next[i + 1];
  return next;
}

const MARKER_ID = /[a-z0-9_-]/i;

/**
 * Inline Markdown: **bold**, *italic*, `code`, [text](url) and `[changing:id]`; the rest is
 * text. An image, ![text](url), is only its text: nothing is fetched. Links keep only http,
 * https, mailto and tel targets (a relative one is shown as text with its address, another
 * scheme as its text alone), as on the server. A marker of a fact `notice` does not know stays
 * as text. One pass over the text, each character looked at a bounded number of times: no
 * input can make it slow.
 */
export function inline(text, notice) {
  const out = [];
  const n = text.length;
  const star = nextOf(text, "*");
  const tick = nextOf(text, "`");
  const close = nextOf(text, "]");
  // The end of a link's `(target)` that starts after the `]` at index j, by j (-1: none).
  const targets = new Map();
  const targetEnd = (j) => {
    if (!targets.has(j)) {
      let k = j + 2;
      if (text[j + 1] === "(") while (k < n && text[k] !== ")" && !/\s/.test(text[k])) k++;
      targets.set(j, text[j + 1] === "(" && k > j + 2 && text[k] === ")" ? k : -1);
    }
    return targets.get(j);
  };
  // A link starting at the `[` at index i: [label end, target end], or null.
  const link = (i) => {
    const j = close[i + 1];
    if (j >= n || j === i + 1) return null;
    const k = targetEnd(j);
    return k < 0 ? null : [j, k];
  };
  let text0 = 0;
  const flushText = (to) => {
    if (to > text0) out.push(text.slice(text0, to));
  };
  let i = 0;
  while (i < n) {
    const c = text[i];
    let end = -1;
    let node = null;
    if (c === "*") {
      if (text[i + 1] === "*") {
        const j = star[i + 2 <= n ? i + 2 : n];
        if (j > i + 2 && j < n && text[j + 1] === "*") {
          node = h("strong", {}, inline(text.slice(i + 2, j), notice));
          end = j + 2;
        }
      } else if (i + 1 < n && !/\s/.test(text[i + 1])) {
        const j = star[i + 2 <= n ? i + 2 : n];
        if (j < n) {
          node = h("em", {}, inline(text.slice(i + 1, j), notice));
          end = j + 1;
        }
      }
    } else if (c === "`") {
      const j = tick[i + 1 <= n ? i + 1 : n];
      if (j < n && j > i + 1) {
        node = h("code", {}, text.slice(i + 1, j));
        end = j + 1;
      }
    } else if (c === "[" || (c === "!" && text[i + 1] === "[")) {
      const at = c === "!" ? i + 1 : i;
      const found = link(at);
      if (found) {
        const [j, k] = found;
        const label = text.slice(at + 1, j);
        const target = text.slice(j + 2, k);
        const href = safeHref(target);
        if (c === "!") node = inline(label, notice);
        else if (href) node = h("a", { href, rel: "noreferrer" }, inline(label, notice));
        else if (hasScheme(target)) node = inline(label, notice);
        else node = `${label} (${target})`;
        end = k + 1;
      } else if (c === "[" && text.slice(i + 1, i + 10).toLowerCase() === "changing:") {
        let k = i + 10;
        while (k < n && MARKER_ID.test(text[k])) k++;
        if (k > i + 10 && text[k] === "]") {
          const shown = notice ? notice(text.slice(i + 10, k)) : null;
          node = shown || text.slice(i, k + 1);
          end = k + 1;
        }
      }
    }
    if (end < 0) {
      i++;
      continue;
    }
    flushText(i);
    out.push(...[node].flat());
    text0 = i = end;
  }
  flushText(n);
  return out;
}

/**
 * Markdown blocks (headings, paragraphs, lists, quotes) to DOM nodes. Raw HTML in the
 * source stays text, as on the server. Headings start at `h2` (the page's title is `h1`).
 */
export function markdown(source, notice) {
  const nodes = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let para = [];
  let list = null;
  const flush = () => {
    if (para.length) nodes.push(h("p", {}, inline(para.join(" "), notice)));
    para = [];
  };
  const endList = () => {
    if (list) nodes.push(list);
    list = null;
  };
  for (const raw of lines) {
    const line = raw.trimEnd();
    let m;
    if (!line.trim()) {
      flush();
      endList();
    } else if ((m = /^(#{1,6})\s+(.*)$/.exec(line))) {
      flush();
      endList();
      const level = Math.min(6, Math.max(2, m[1].length + 1));
      nodes.push(h(`h${level}`, {}, inline(m[2], notice)));
    } else if ((m = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line))) {
      flush();
      const tag = /\d/.test(m[1]) ? "ol" : "ul";
      if (list && list.tagName.toLowerCase() !== tag) endList();
      list ??= h(tag);
      list.append(h("li", {}, inline(m[2], notice)));
    } else if ((m = /^>\s?(.*)$/.exec(line))) {
      flush();
      endList();
      nodes.push(h("blockquote", {}, h("p", {}, inline(m[1], notice))));
    } else if (list && /^\s+\S/.test(raw)) {
      list.lastChild.append(" ", ...inline(line.trim(), notice).map((n) => (n instanceof Node ? n : document.createTextNode(n))));
    } else {
      endList();
      para.push(line.trim());
    }
  }
  flush();
  endList();
  return nodes;
}
