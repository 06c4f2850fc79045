// Renders the node's own OpenAPI document as a list of operations (works offline: no external assets).
"use strict";

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  return node;
}

function schemaName(content) {
  const media = content && Object.keys(content)[0];
  const schema = media && content[media].schema;
  if (!schema) return media || "";
  const ref = schema.$ref || schema.items?.$ref;
  return `${media}${ref ? " — " + ref.split("/").pop() + (schema.items ? "[]" : "") : ""}`;
}

async function render() {
  const main = document.getElementById("operations");
  const openapi = await (await fetch("/openapi/v1.json")).json();
  const byTag = new Map();
  for (const [path, operations] of Object.entries(openapi.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const tag = (operation.tags && operation.tags[0]) || "Other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag).push({ path, method, operation });
    }
  }
  main.replaceChildren(...[...byTag.entries()].map(([tag, operations]) => el("section", {}, el("h2", {}, tag),
    ...operations.map(({ path, method, operation }) => el("article", { id: operation.operationId || `${method}-${path}` },
      el("h3", {}, el("code", {}, `${method.toUpperCase()} ${path}`)),
      el("p", {}, operation.summary || ""),
      operation.parameters?.length ? el("table", {},
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Parameter"), el("th", { scope: "col" }, "In"), el("th", { scope: "col" }, "Required"))),
        el("tbody", {}, operation.parameters.map((p) => el("tr", {}, el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, p.required ? "yes" : "no"))))) : null,
      operation.requestBody ? el("p", {}, "Body: ", Object.keys(operation.requestBody.content || {}).join(", ")) : null,
      el("ul", {}, Object.entries(operation.responses || {}).map(([code, response]) => el("li", {}, el("strong", {}, code), " ", schemaName(response.content)))))))));
}

render().catch((error) => {
  document.getElementById("operations").replaceChildren(el("p", { role: "alert" }, "The OpenAPI document could not be read: " + error.message));
});
