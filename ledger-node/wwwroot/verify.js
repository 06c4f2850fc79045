// The verify page: posts a proof bundle to the node and renders the report; or, opened from a QR link
// (/verify?h=&r=&p=), shows the ledger status of that document hash. Everything is built with DOM calls and
// textContent, so nothing from a bundle is ever interpreted as HTML.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const form = document.getElementById("verify-form");
const drop = document.getElementById("drop");
const bundleInput = document.getElementById("bundle-file");
const parentsInput = document.getElementById("parent-files");
const asOfInput = document.getElementById("as-of");
const verdictBox = document.getElementById("verdict-box");
const verdictText = document.getElementById("verdict");
const summaryText = document.getElementById("summary");
const problemBox = document.getElementById("problem");
const details = document.getElementById("details");
const result = document.getElementById("result");

// Reports of the last verification by document hash, so parents in the graph can be opened.
let reportsByHash = new Map();

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  for (const child of children) node.append(child instanceof Node ? child : String(child));
  return node;
}

function shortHash(hash) { return hash && hash.length > 14 ? hash.slice(0, 8) + "…" + hash.slice(-6) : hash || "—"; }
function when(time) { return time ? new Date(time).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC").replace(/Z$/, " UTC") : "—"; }
function words(upperSnake) { return upperSnake ? upperSnake.charAt(0) + upperSnake.slice(1).toLowerCase().replaceAll("_", " ") : "—"; }
function section(title, ...content) { return el("section", { "aria-label": title }, el("h2", {}, title), ...content); }
function definitions(pairs) {
  return el("dl", {}, pairs.filter(([, v]) => v !== undefined).flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v ?? "—")]));
}

// The headline a person reads: revocation and an unaccredited issuer are named, not just "Invalid".
function headline(report) {
  const failed = (name) => report.checks.some((c) => c.name === name && c.status === "FAIL");
  if (report.verdict === "VALID") return { text: "Valid", tone: "v-valid" };
  if (report.verdict === "INDETERMINATE") return { text: "Indeterminate", tone: "v-warn" };
  if (failed("revocation")) return { text: "Revoked", tone: "v-invalid" };
  if (failed("accreditation") && !failed("integrity") && !failed("proof") && !failed("signature")) return { text: "Unknown issuer", tone: "v-invalid" };
  return { text: "Invalid", tone: "v-invalid" };
}

function showVerdict(text, tone, summary) {
  problemBox.hidden = true;
  verdictBox.hidden = false;
  verdictBox.className = "verdict " + tone;
  verdictText.textContent = text;
  summaryText.textContent = summary || "";
}

function showProblem(problem) {
  verdictBox.hidden = true;
  details.replaceChildren();
  problemBox.hidden = false;
  problemBox.replaceChildren(el("h2", {}, problem.title || "The node could not answer"), el("p", {}, problem.detail || ""));
  result.focus();
}

function checksTable(checks) {
  const mark = { PASS: "✓ Passed", FAIL: "✗ Failed", UNAVAILABLE: "? Not determined" };
  return el("table", { id: "checks" },
    el("caption", { class: "skip" }, "Checks"),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Check"), el("th", { scope: "col" }, "Result"), el("th", { scope: "col" }, "Reason"))),
    el("tbody", {}, checks.map((c) => el("tr", { "data-check": c.name, "data-status": c.status },
      el("th", { scope: "row" }, words(c.name.toUpperCase())),
      el("td", { class: "status s-" + c.status.toLowerCase() }, mark[c.status] || c.status),
      el("td", {}, c.reason)))));
}

function fieldsTable(fields) {
  return el("table", { id: "fields" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Field"), el("th", { scope: "col" }, "Value"))),
    el("tbody", {}, fields.map((f) => el("tr", { "data-redacted": f.redacted ? "true" : null },
      el("th", { scope: "row" }, el("code", {}, f.pointer)),
      f.redacted
        ? el("td", { class: "redacted" }, `Redacted by the holder (${f.hiddenLeaves} hidden value${f.hiddenLeaves === 1 ? "" : "s"})`)
        : el("td", {}, typeof f.value === "string" ? f.value : JSON.stringify(f.value))))));
}

function decisionsTable(decisions) {
  if (!decisions.length) return el("p", {}, "No customs decision is recorded on this document.");
  return el("table", { id: "decisions" },
    el("thead", {}, el("tr", {}, ["Decision", "Authority", "Country", "Reference", "Block", "Time"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, decisions.map((d) => el("tr", {},
      el("td", {}, words(d.decision)), el("td", { class: "hash" }, d.authority), el("td", {}, d.country),
      el("td", {}, d.reference ?? d.declarationRef), el("td", {}, d.blockNumber ?? d.at?.blockNumber), el("td", {}, when(d.time ?? d.at?.blockTime))))));
}

// Layered drawing: the document on top, each generation of parents one row lower; edges point to the parent.
function graphSvg(graph, selfHash) {
  const depth = new Map([[selfHash, 0]]);
  for (let changed = true, guard = 0; changed && guard < 32; guard++) {
    changed = false;
    for (const e of graph.edges) {
      const d = (depth.get(e.from) ?? 0) + 1;
      if (!depth.has(e.to) || depth.get(e.to) < d) { depth.set(e.to, d); changed = true; }
    }
  }
  const rows = [];
  for (const n of graph.nodes) (rows[depth.get(n.hash) ?? 0] ||= []).push(n);
  const width = 220, height = 64, gapX = 30, gapY = 70;
  const columns = Math.max(1, ...rows.map((r) => (r ? r.length : 0)));
  const totalWidth = columns * (width + gapX) + gapX;
  const position = new Map();
  rows.forEach((row, y) => (row || []).forEach((n, x) => {
    const offset = (totalWidth - row.length * (width + gapX) + gapX) / 2;
    position.set(n.hash, { x: offset + x * (width + gapX), y: 20 + y * (height + gapY) });
  }));
  const totalHeight = rows.length * (height + gapY) + 10;
  const picture = svg("svg", { id: "graph", viewBox: `0 0 ${totalWidth} ${totalHeight}`, width: "100%", role: "group", "aria-label": "Provenance graph: this document and the documents it derives from" });
  picture.append(svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: "10", refY: "5", markerWidth: "8", markerHeight: "8", orient: "auto-start-reverse" },
    svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#4a525c" }))));
  for (const e of graph.edges) {
    const a = position.get(e.from), b = position.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + width / 2, y1 = a.y + height, x2 = b.x + width / 2, y2 = b.y;
    picture.append(svg("path", { class: "edge", d: `M ${x1} ${y1} C ${x1} ${y1 + 35}, ${x2} ${y2 - 35}, ${x2} ${y2}` }));
    picture.append(svg("text", { class: "edge-label", x: (x1 + x2) / 2 + 6, y: (y1 + y2) / 2 }, e.relation));
  }
  for (const n of graph.nodes) {
    const p = position.get(n.hash);
    const tone = n.verdict ? "n-" + n.verdict.toLowerCase() : "n-unknown";
    const status = n.verdict ? words(n.verdict) : "bundle not given";
    const label = `${n.type || "document"} ${n.id || ""}`.trim();
    const box = [
      svg("title", {}, `${label} (${n.hash}): ${status}`),
      svg("rect", { x: p.x, y: p.y, width, height }),
      svg("text", { x: p.x + 10, y: p.y + 22 }, label.length > 30 ? label.slice(0, 29) + "…" : label),
      svg("text", { x: p.x + 10, y: p.y + 42 }, shortHash(n.hash) + " · " + status),
    ];
    if (n.hash === selfHash) {
      picture.append(svg("g", { class: "node " + tone, "data-hash": n.hash }, ...box));
    } else {
      // A parent opens its own report when its bundle was given, otherwise its ledger status.
      const link = svg("a", { class: "node " + tone, href: "/verify?h=" + n.hash, "data-hash": n.hash, "aria-label": `Open parent ${label}: ${status}` }, ...box);
      link.addEventListener("click", (event) => {
        if (reportsByHash.has(n.hash)) { event.preventDefault(); renderReport(reportsByHash.get(n.hash), true); }
      });
      picture.append(link);
    }
  }
  return picture;
}

function collectReports(report) {
  reportsByHash.set(report.document.documentHash, report);
  for (const parent of report.parents || []) collectReports(parent);
}

function renderReport(report, isParent) {
  const { text, tone } = headline(report);
  showVerdict(text, tone, report.summary);
  const doc = report.document;
  const parts = [];
  if (isParent) parts.push(el("p", {}, "Showing a parent document. ", el("a", { href: "#", id: "back" }, "Back to the document you checked")));
  parts.push(section("Checks", checksTable(report.checks)));
  if (report.warnings?.length) parts.push(section("Warnings", el("ul", { id: "warnings" }, report.warnings.map((w) => el("li", {}, w)))));
  parts.push(section("Document", definitions([
    ["Type", doc.type], ["Number", doc.id], ["Issued", doc.issuedAt], ["Document hash", el("span", { class: "hash" }, doc.documentHash)],
  ]), fieldsTable(doc.fields)));
  const a = report.accreditation;
  parts.push(section("Issuer", definitions([
    ["Name", a?.name ?? doc.issuer?.name], ["Address", el("span", { class: "hash" }, doc.issuer?.address ?? "—")],
    ["Accreditation", a ? words(a.status) : "Not accredited for this document type"],
    ["Valid from", a ? when(a.validFrom) : undefined], ["Valid until", a ? when(a.validUntil) : undefined], ["Accreditation URI", a?.uri],
  ])));
  const anchor = report.anchor;
  parts.push(section("Anchor", anchor ? definitions([
    ["Chain", anchor.chainId], ["Registry", el("span", { class: "hash" }, anchor.registry)], ["Block", anchor.blockNumber],
    ["Time", when(anchor.blockTime)], ["Transaction", el("span", { class: "hash" }, anchor.transactionHash ?? "—")],
  ]) : el("p", {}, "The ledger has no anchor for this document's batch.")));
  if (report.revocation) {
    parts.push(section("Revocation", definitions([
      ["Scope", words(report.revocation.scope)], ["Reason", words(report.revocation.reason)],
      ["Revoked by", el("span", { class: "hash" }, report.revocation.revokedBy)], ["Block", report.revocation.blockNumber], ["Time", when(report.revocation.time)],
    ])));
  }
  if (report.supersession) {
    parts.push(section("Superseded", definitions([
      ["Replaced by", el("a", { href: "/verify?h=" + report.supersession.supersededBy, class: "hash" }, report.supersession.supersededBy)],
      ["Block", report.supersession.blockNumber], ["Time", when(report.supersession.time)],
    ])));
  }
  parts.push(section("Customs decisions", decisionsTable(report.decisions)));
  parts.push(section("Provenance", graphSvg(report.graph, doc.documentHash)));
  details.replaceChildren(...parts);
  document.getElementById("back")?.addEventListener("click", (event) => { event.preventDefault(); renderReport(reportsByHash.root, false); });
  result.focus();
}

async function answer(response) {
  const body = await response.json().catch(() => ({ title: "Unreadable answer", detail: `The node answered ${response.status} without JSON.` }));
  if (!response.ok) throw body;
  return body;
}

async function verify(event) {
  event.preventDefault();
  const file = bundleInput.files[0];
  if (!file) { showProblem({ title: "No file chosen", detail: "Choose or drop a .provenance.json file first." }); return; }
  const upload = new FormData();
  upload.append("bundle", file, file.name);
  for (const parent of parentsInput.files) upload.append("parents", parent, parent.name);
  const asOf = asOfInput.value.trim();
  verdictBox.hidden = false; verdictBox.className = "verdict v-neutral";
  verdictText.textContent = "Checking…"; summaryText.textContent = ""; details.replaceChildren();
  try {
    const report = await answer(await fetch("/api/v1/verify" + (asOf ? "?asOf=" + encodeURIComponent(asOf) : ""), { method: "POST", body: upload }));
    reportsByHash = new Map();
    collectReports(report);
    reportsByHash.root = report;
    renderReport(report, false);
  } catch (problem) {
    showProblem(problem instanceof Error ? { title: "The node could not be reached", detail: problem.message } : problem);
  }
}

// QR link: the status of a hash as the ledger knows it, without the document's content.
async function showLink(params) {
  const hash = params.get("h");
  const query = new URLSearchParams();
  if (params.get("r")) query.set("root", params.get("r"));
  if (params.has("p") && params.get("r")) query.set("proof", params.get("p"));
  verdictBox.hidden = false; verdictBox.className = "verdict v-neutral"; verdictText.textContent = "Checking…";
  try {
    const status = await answer(await fetch(`/api/v1/documents/${encodeURIComponent(hash)}?${query}`));
    const names = { ANCHORED: ["Anchored", "v-valid"], REVOKED: ["Revoked", "v-invalid"], SUPERSEDED: ["Superseded", "v-warn"],
      KNOWN: ["Known", "v-neutral"], NOT_ANCHORED: ["Not anchored", "v-invalid"], PROOF_MISMATCH: ["Proof mismatch", "v-invalid"] };
    const [text, tone] = names[status.state] || [words(status.state), "v-neutral"];
    showVerdict(text, tone, status.summary);
    const batch = status.inclusion?.batch;
    const parts = [el("p", {}, "This link shows the ledger status of the document's hash only. To see its content and every check, verify its bundle file above.")];
    parts.push(section("Document", definitions([["Document hash", el("span", { class: "hash" }, status.documentHash)], ["As of block", status.ledger.asOf.blockNumber]])));
    if (batch) {
      parts.push(section("Anchor", definitions([
        ["Issuer", el("a", { href: "/api/v1/issuers/" + batch.issuer, class: "hash" }, batch.issuer)], ["Batch root", el("span", { class: "hash" }, batch.root)],
        ["Documents in batch", batch.count], ["Block", batch.anchored.blockNumber], ["Time", when(batch.anchored.blockTime)],
        ["Transaction", el("span", { class: "hash" }, batch.anchored.transactionHash)],
      ])));
    }
    if (status.ledger.supersededBy) {
      parts.push(section("Superseded", el("p", {}, "Replaced by ", el("a", { href: "/verify?h=" + status.ledger.supersededBy.newHash, class: "hash" }, status.ledger.supersededBy.newHash))));
    }
    parts.push(section("Customs decisions", decisionsTable(status.ledger.decisions)));
    details.replaceChildren(...parts);
  } catch (problem) {
    showProblem(problem instanceof Error ? { title: "The node could not be reached", detail: problem.message } : problem);
  }
}

form.addEventListener("submit", verify);
for (const name of ["dragenter", "dragover"]) drop.addEventListener(name, (e) => { e.preventDefault(); drop.classList.add("over"); });
for (const name of ["dragleave", "drop"]) drop.addEventListener(name, (e) => { e.preventDefault(); drop.classList.remove("over"); });
drop.addEventListener("drop", (e) => {
  if (e.dataTransfer.files.length) { bundleInput.files = e.dataTransfer.files; form.requestSubmit(); }
});
bundleInput.addEventListener("change", () => { if (bundleInput.files.length) form.requestSubmit(); });

const params = new URLSearchParams(location.search);
if (location.pathname === "/verify" && params.get("h")) showLink(params);
