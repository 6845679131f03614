// Driver of the offline renderer checks in tests/it/guides_and_kiosk.rs: runs
// web/offline/render.mjs in Node (with a minimal DOM), and prints one JSON report:
// - every starter guide body, rendered by the current renderer and by the c81ed95 one
//   (offline_markdown_c81ed95.mjs), with any difference;
// - how long a body of 100,000 `[` (the longest translation) takes;
// - what the attacks of the security review render to (images, javascript: links).
//
//   node offline_markdown.mjs <workspace dir>
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [, , workspace] = process.argv;

class Node {
  constructor() { this.childNodes = []; }
  append(...children) {
    for (const c of children) this.childNodes.push(c instanceof Node ? c : new Text(String(c)));
  }
  get lastChild() { return this.childNodes[this.childNodes.length - 1]; }
}
class Text extends Node {
  constructor(data) { super(); this.data = data; }
}
class Element extends Node {
  constructor(tag) { super(); this.tagName = tag.toUpperCase(); this.attributes = []; this.className = ""; }
  setAttribute(k, v) { this.attributes.push([k, String(v)]); }
  addEventListener() {}
}
globalThis.Node = Node;
globalThis.document = { createElement: (t) => new Element(t), createTextNode: (t) => new Text(t) };

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function html(node) {
  if (typeof node === "string") return esc(node);
  if (node instanceof Text) return esc(node.data);
  const tag = node.tagName.toLowerCase();
  const attrs = (node.className ? [["class", node.className]] : []).concat(node.attributes);
  return `<${tag}${attrs.map(([k, v]) => ` ${k}="${esc(v)}"`).join("")}>${node.childNodes.map(html).join("")}</${tag}>`;
}
const render = (markdown, source, notice) => markdown(source, notice).map(html).join("\n");
const notice = (id) => { const el = document.createElement("span"); el.className = "banner warn"; el.append(`as of ${id}`); return el; };

const current = await import(pathToFileURL(join(workspace, "web/offline/render.mjs")).href);
const old = await import(pathToFileURL(join(workspace, "tests/it/offline_markdown_c81ed95.mjs")).href);

// Ordinary Markdown: every starter guide in every language, and a few made-up bodies.
const bodies = [
  "Plain **bold** and *italic* and `code`, a [link](https://example.org) and [mail](mailto:a@example.org).",
  "## Heading\n\n- one **two**\n- [three](tel:+15555550100)\n  continued\n\n1. first\n2. second\n\n> a quote",
  "A [relative link](/es/guides/daca) and [changing:fee] with text, * not italic, ** not bold, ` lone.",
  "Brackets [not a link] and [x](has space) and [](empty) and [a]( b) and **[l](https://x.org)**.",
];
const guides = join(workspace, "locales");
for (const locale of readdirSync(guides)) {
  const dir = join(guides, locale, "guides");
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir)) {
    const text = readFileSync(join(dir, file), "utf8");
    bodies.push(text.replace(/^\+\+\+[\s\S]*?\+\+\+\n/, ""));
  }
}
const differences = [];
for (const body of bodies) {
  const a = render(current.markdown, body, notice);
  const b = render(old.markdown, body, notice);
  if (a !== b) differences.push({ body: body.slice(0, 200), current: a.slice(0, 400), old: b.slice(0, 400) });
}

// 100,000 `[` (and other openers that never close), in a paragraph, a list item and a heading.
const timings = {};
for (const [name, body] of [
  ["brackets", "[".repeat(100000)],
  ["bracket-pairs", "[a]".repeat(33000) + "(".repeat(1000)],
  ["marker-openers", "[changing:".repeat(10000)],
  ["list-item", "- " + "[".repeat(100000)],
  ["stars-and-ticks", "*a ".repeat(30000) + "`".repeat(10000)],
]) {
  const started = performance.now();
  const out = render(current.markdown, body, notice);
  timings[name] = { ms: Math.round(performance.now() - started), chars: out.length };
}

// The attacks: an image of the reset address, script links. Nothing is fetched or runnable.
const attacks = {};
for (const [name, body] of [
  ["image", "Derechos. ![](/kiosk/reset) ![pic](https://example.org/x.png)"],
  ["javascript", "[clic](javascript:alert(1)) [x](JavaScript:alert(1)) [d](data:text/html,hi) [v](vbscript:x)"],
  ["unknown-marker", "[changing:nope] stays"],
]) {
  attacks[name] = render(current.markdown, body, (id) => (id === "known" ? notice(id) : ""));
}

console.log(JSON.stringify({ compared: bodies.length, differences, timings, attacks }));
