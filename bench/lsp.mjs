#!/usr/bin/env node
// The editor case: re-lint a 30 KB report after an edit.
//  (a) in process: Linter.lintText on the edited text (what the language server runs per change);
//  (b) over LSP: didChange → publishDiagnostics through the real server (child process, stdio JSON-RPC),
//      with the debounce set to 0, so the number is lint + protocol, not waiting.
// Same 30 KB report as bench/run.mjs (bench/corpus.mjs, same generator seed). `node bench/lsp.mjs [--quick]`.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadSeeds, makeReport, prng } from './corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const quick = process.argv.includes('--quick');
if (!existsSync(path.join(root, 'dist/src/lsp/server.js'))) {
  console.error('bench/lsp: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const { Linter } = await import(pathToFileURL(path.join(root, 'dist/src/linter/linter.js')).href);
const { builtinRules } = await import(pathToFileURL(path.join(root, 'dist/src/rules.js')).href);
const rpc = await import(pathToFileURL(path.join(root, 'node_modules/vscode-jsonrpc/lib/node/main.js')).href);

const text = makeReport(loadSeeds(path.resolve(root, '../shared/corpus/seeds')), 0, prng(20261126 + 1), 30000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'fzlint-bench-lsp-'));
const file = path.join(dir, 'edit-30k.txt');
writeFileSync(file, text);

/** The i-th edit: a character typed somewhere in the body (positions spread over the report). */
function edited(i) {
  const at = Math.floor(((i * 7919) % 997) / 997 * (text.length - 200)) + 100;
  return { at, text: text.slice(0, at) + '，' + text.slice(at) };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p90: q(0.9), min: s[0], max: s[s.length - 1], runs: s.length };
};
const fmt = (r) => `median ${r.median.toFixed(1)} ms, p90 ${r.p90.toFixed(1)} ms, min ${r.min.toFixed(1)}, max ${r.max.toFixed(1)} (${r.runs} runs)`;

// (a) in process
const linter = new Linter({ cwd: dir });
for (let i = 0; i < 10; i++) await linter.lintText(edited(i).text, file); // warm-up: JIT, parser, config
const inProcess = [];
const inProcessCpu = [];
const N = quick ? 30 : 300;
for (let i = 0; i < N; i++) {
  const t = edited(i + 10).text;
  const c = process.cpuUsage();
  const s = process.hrtime.bigint();
  await linter.lintText(t, file);
  inProcess.push(Number(process.hrtime.bigint() - s) / 1e6);
  const d = process.cpuUsage(c);
  inProcessCpu.push((d.user + d.system) / 1000);
}

// (b) over LSP
const child = spawn(process.execPath, [path.join(root, 'bin/fzlint-lsp.js')], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
let waiting;
conn.onNotification('textDocument/publishDiagnostics', (p) => waiting?.(p));
conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ run: 'onType', debounce: 0 })));
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: { workspace: { configuration: true } } });
await conn.sendNotification('initialized', {});
const uri = pathToFileURL(file).href;
const next = (version) => new Promise((resolve) => (waiting = (p) => p.version === version && resolve(p)));
let version = 1;
let p = next(1);
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version, text } });
const opened = await p;
const overLsp = [];
const serverCpu = [];
// CPU time the server process spent (utime + stime from /proc, in clock ticks): robust against other load on the machine
const ticks = () => {
  try {
    const f = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(f[11]) + Number(f[12]);
  } catch {
    return NaN;
  }
};
const HZ = 100;
const M = quick ? 20 : 200;
let current = text;
for (let i = 0; i < M + 10; i++) {
  // Type one character (incremental change), as an editor sends it
  const at = Math.floor(((i * 7919) % 997) / 997 * (current.length - 200)) + 100;
  const before = current.slice(0, at);
  const line = before.split('\n').length - 1;
  const character = at - (before.lastIndexOf('\n') + 1);
  current = before + '，' + current.slice(at);
  version++;
  p = next(version);
  const c0 = ticks();
  const s = process.hrtime.bigint();
  await conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: '，' }],
  });
  await p;
  if (i >= 10) {
    overLsp.push(Number(process.hrtime.bigint() - s) / 1e6);
    serverCpu.push(((ticks() - c0) * 1000) / HZ);
  }
}
await conn.sendRequest('shutdown', null);
await conn.sendNotification('exit', null);
await new Promise((r) => child.on('exit', r));
conn.dispose();
rmSync(dir, { recursive: true, force: true });

const cpu = os.cpus();
const serverCpuTotal = serverCpu.reduce((a, b) => a + b, 0) / serverCpu.length;
console.log(`30 KB report: ${Buffer.byteLength(text)} bytes, ${text.length} UTF-16 units; ${Object.keys(builtinRules).length} built-in rules, default config; ${opened.diagnostics.length} diagnostics on open`);
console.log(`(a) re-lint in process (Linter.lintText), wall: ${fmt(stats(inProcess))}`);
console.log(`    CPU time: ${fmt(stats(inProcessCpu))}`);
console.log(`(b) didChange → publishDiagnostics over LSP, debounce 0, wall: ${fmt(stats(overLsp))}`);
console.log(`    server CPU time per re-lint (from /proc, 10 ms ticks): mean ${serverCpuTotal.toFixed(1)} ms`);
console.log(`load average at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(', ')} (${os.cpus().length} cores)`);
console.log(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.type()} ${os.release()}, ${cpu.length}× ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`);
