#!/usr/bin/env node
// Dependency-free static file server for local pages and end-to-end tests.
//
//   node scripts/serve.mjs --root www --port 8000 [--csp "<policy>"]
//
// Binds 127.0.0.1 only. Serves files below --root as they are (the demo
// pages are built beforehand, by scripts/pages.mjs), with their MIME types,
// index.html for directories, 404 for anything missing, and refuses any path
// that tries to leave the root. Every response carries `Cache-Control:
// no-cache`; with --csp, HTML responses also carry that
// Content-Security-Policy. --port 0 picks a free port; the line printed on
// start-up ("serving <root> at http://127.0.0.1:<port>/") names it.
//
// Per-page headers: if the root holds a file named `_headers`, in the format
// Netlify and Cloudflare Pages use, responses to matching paths carry its
// headers too. www/_headers sends strict-csp.html with its own policy:
//
//   # comment
//   /strict-csp.html
//     Content-Security-Policy: default-src 'self'; script-src 'self'
//   /articles/*
//     X-Example: one value
//
// A path starts at the beginning of a line (`*` matches any characters,
// `/` included); the header lines under it are indented. The file is read
// on every request, so edits apply without a restart, and is never served
// itself. A header that --csp or the server already sets is sent twice
// (two policies are both enforced), never replaced.

import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import path from "node:path";
import process from "node:process";

const HOST = "127.0.0.1";
const HEADERS_FILE = "_headers";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

function usage(message) {
  if (message) console.error(`serve.mjs: ${message}`);
  console.error(
    'usage: node scripts/serve.mjs --root <dir> --port <port> [--csp "<policy>"]',
  );
  process.exit(2);
}

function parseArgs(argv) {
  const options = { root: null, port: null, csp: null };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (name === "--help" || name === "-h") usage();
    if (!["--root", "--port", "--csp"].includes(name)) {
      usage(`unknown argument ${arg}`);
    }
    let value;
    if (eq !== -1) {
      value = arg.slice(eq + 1);
    } else {
      i += 1;
      if (i >= argv.length) usage(`${name} needs a value`);
      value = argv[i];
    }
    options[name.slice(2)] = value;
  }
  if (!options.root) usage("--root is required");
  if (options.port === null) usage("--port is required");
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    usage(`invalid port ${options.port}`);
  }
  options.port = port;
  return options;
}

const options = parseArgs(process.argv.slice(2));
const root = path.resolve(options.root);

try {
  if (!(await stat(root)).isDirectory()) usage(`${options.root} is not a directory`);
} catch {
  usage(`${options.root} does not exist`);
}

function contentType(filePath) {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

function isHtml(filePath) {
  const ext = path.extname(filePath).toLowerCase();
  return ext === ".html" || ext === ".htm";
}

// The rules in <root>/_headers: [{ pattern: RegExp, headers: [[name, value]] }].
async function headerRules() {
  let text;
  try {
    text = await readFile(path.join(root, HEADERS_FILE), "utf8");
  } catch {
    return [];
  }
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = trimmed.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(":");
    if (rules.length === 0 || colon <= 0) {
      console.error(`serve.mjs: ${HEADERS_FILE}: ignoring "${trimmed}"`);
      continue;
    }
    rules.at(-1).headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

// Adds the _headers headers for `urlPath` to `headers`, keeping existing values.
async function addHeadersFor(urlPath, headers) {
  for (const rule of await headerRules()) {
    if (!rule.pattern.test(urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
      if (existing === undefined) headers[name] = value;
      else headers[existing] = [headers[existing], value].flat();
    }
  }
}

function sendText(req, res, status, text, extraHeaders = {}) {
  const body = `${text}\n`;
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
    ...extraHeaders,
  });
  res.end(req.method === "HEAD" ? undefined : body);
}

// Maps a request path to a file below `root`, or null if the path is not
// acceptable (traversal, encoded separators, NUL bytes, malformed escapes).
function resolveRequestPath(rawUrl) {
  const rawPath = rawUrl.split("?")[0].split("#")[0];
  if (!rawPath.startsWith("/")) return null;
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/");
  if (segments.some((segment) => segment === "..")) return null;
  const filePath = path.resolve(root, `.${decoded}`);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return null;
  return { filePath, trailingSlash: decoded.endsWith("/"), rawPath, urlPath: decoded };
}

async function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    sendText(req, res, 405, "method not allowed", { Allow: "GET, HEAD" });
    return;
  }
  const target = resolveRequestPath(req.url ?? "/");
  if (target === null) {
    sendText(req, res, 400, "bad request");
    return;
  }
  if (target.filePath === path.join(root, HEADERS_FILE)) {
    sendText(req, res, 404, "not found");
    return;
  }

  let filePath = target.filePath;
  let info;
  try {
    info = await stat(filePath);
    if (info.isDirectory()) {
      if (!target.trailingSlash) {
        // Relative URLs in the index page need the trailing slash.
        const query = (req.url ?? "").slice(target.rawPath.length);
        sendText(req, res, 301, "moved permanently", {
          Location: `${target.rawPath}/${query}`,
        });
        return;
      }
      filePath = path.join(filePath, "index.html");
      info = await stat(filePath);
    }
  } catch {
    sendText(req, res, 404, "not found");
    return;
  }
  if (!info.isFile()) {
    sendText(req, res, 404, "not found");
    return;
  }

  const headers = {
    "Content-Type": contentType(filePath),
    "Content-Length": info.size,
    "Cache-Control": "no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  if (options.csp && isHtml(filePath)) {
    headers["Content-Security-Policy"] = options.csp;
  }
  await addHeadersFor(target.urlPath, headers);
  res.writeHead(200, headers);
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(filePath);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(`serve.mjs: ${req.method} ${req.url}: ${error.message}`);
    if (res.headersSent) {
      res.destroy();
    } else {
      sendText(req, res, 500, "internal server error");
    }
  });
});

server.on("error", (error) => {
  console.error(`serve.mjs: ${error.message}`);
  process.exit(1);
});

server.listen(options.port, HOST, () => {
  const { port } = server.address();
  console.log(`serving ${options.root} at http://${HOST}:${port}/`);
});

function shutdown() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  // Do not hang on a stuck connection.
  setTimeout(() => process.exit(0), 1000).unref();
}

process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
