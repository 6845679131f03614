// The offline renderer as it was at c81ed95 (a regex tokenizer, quadratic on many `[`), kept
// only as the reference that tests/it/offline_markdown.mjs compares the current one with on
// ordinary Markdown. Never imported by the app.
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

/** Inline Markdown: **bold**, *italic*, `code`, [text](url); the rest is text. */
export function inline(text, notice) {
  const out = [];
  const re = /\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)|\[changing:([a-z0-9_-]+)\]/gi;
  let at = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    if (m[1] !== undefined) out.push(h("strong", {}, inline(m[1], notice)));
    else if (m[2] !== undefined) out.push(h("em", {}, inline(m[2], notice)));
    else if (m[3] !== undefined) out.push(h("code", {}, m[3]));
    else if (m[4] !== undefined) {
      const href = safeHref(m[5]);
      out.push(href ? h("a", { href, rel: "noreferrer" }, inline(m[4], notice)) : `${m[4]} (${m[5]})`);
    } else if (m[6] !== undefined) out.push(notice ? notice(m[6]) : "");
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
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
