// The claude-code engine: Claude Code, through the Claude Agent SDK, driven by the agent runner.
//
// The runner starts `node engine.mjs` inside the container and talks to it in JSON lines:
//   runner → engine: start {prompt, sessionId, cwd, model, append, tools}, message {text}, close,
//                    tool_result {id, content, isError}, archived {id}
//   engine → runner: session {id}, output {text}, idle, error {message, retryable},
//                    tool {id, name, input}, archive {id, transcript, trigger}, log {level, message}
// Every turn ends with output (or error) and idle. Host tools are an in-process MCP server whose
// calls go back to the runner, which relays them to the host; the host authorizes them. Before
// Claude Code compacts, the runner archives the transcript (PreCompact hook). The environment the
// runner gives (ANTHROPIC_BASE_URL on loopback, the per-run proxy token as the key, non-essential
// traffic off) is passed on unchanged.
import readline from 'node:readline';
import { query, createSdkMcpServer, tool } from '@anthropic-ai/claude-agent-sdk';
import { z } from 'zod';

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const waiting = new Map();
let nextId = 0;

// Asks the runner and waits for the answer with the same id (tool results, archive receipts).
function ask(message) {
  const id = String(++nextId);
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    send({ ...message, id });
  });
}

const inbox = [];
let closed = false;
let wake;
let resolveStart;
const started = new Promise((resolve) => { resolveStart = resolve; });

function push(text) {
  inbox.push({ type: 'user', message: { role: 'user', content: text }, parent_tool_use_id: null, session_id: '' });
  wake?.();
}

function close() {
  closed = true;
  wake?.();
}

// The user turns: the prompt, then each follow-up as it arrives; ends on close.
async function* turns() {
  for (;;) {
    if (inbox.length > 0) {
      yield inbox.shift();
    } else if (closed) {
      return;
    } else {
      await new Promise((resolve) => { wake = resolve; });
      wake = undefined;
    }
  }
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    send({ type: 'log', level: 'warn', message: `engine: ignored a malformed line from the runner` });
    return;
  }

  switch (message.type) {
    case 'start': resolveStart(message); break;
    case 'message': push(message.text); break;
    case 'close': close(); break;
    case 'tool_result':
    case 'archived': {
      const resolve = waiting.get(message.id);
      waiting.delete(message.id);
      resolve?.(message);
      break;
    }
    default: break;
  }
}).on('close', close);

// A JSON schema property (as the host tools declare them) as a zod type.
function zodOf(property) {
  let type;
  switch (property.type) {
    case 'string': type = Array.isArray(property.enum) ? z.enum(property.enum) : z.string(); break;
    case 'integer': type = z.number().int(); break;
    case 'number': type = z.number(); break;
    case 'boolean': type = z.boolean(); break;
    default: type = z.any(); break;
  }
  return property.description ? type.describe(property.description) : type;
}

function shapeOf(schema) {
  const required = new Set(schema.required ?? []);
  return Object.fromEntries(Object.entries(schema.properties ?? {})
    .map(([name, property]) => [name, required.has(name) ? zodOf(property) : zodOf(property).optional()]));
}

function hostTools(definitions) {
  return definitions.map((definition) => tool(definition.name, definition.description, shapeOf(definition.schema), async (input) => {
    const result = await ask({ type: 'tool', name: definition.name, input });
    return { content: [{ type: 'text', text: result.content ?? '' }], isError: result.isError === true };
  }));
}

function errorOf(result, sessionId) {
  const text = [result.result, ...(result.errors ?? [])].filter(Boolean).join('; ') || result.subtype;
  if (/No conversation found/i.test(text)) {
    return { message: `session '${sessionId}' not found by Claude Code: ${text}`, retryable: false };
  }
  return { message: `Claude Code: ${text}`, retryable: true };
}

const start = await started;
push(start.prompt);
const server = createSdkMcpServer({ name: 'nanoclaw', version: '1.0.0', alwaysLoad: true, tools: hostTools(start.tools ?? []) });
const options = {
  cwd: start.cwd,
  model: start.model,
  resume: start.sessionId ?? undefined,
  env: process.env,
  permissionMode: 'bypassPermissions',
  allowDangerouslySkipPermissions: true,
  settingSources: ['project'],
  systemPrompt: { type: 'preset', preset: 'claude_code', append: start.append ?? '' },
  mcpServers: { nanoclaw: server },
  allowedTools: (start.tools ?? []).map((definition) => `mcp__nanoclaw__${definition.name}`),
  hooks: {
    PreCompact: [{
      hooks: [async (input) => {
        await ask({ type: 'archive', transcript: input.transcript_path, trigger: input.trigger });
        return { continue: true };
      }],
    }],
  },
  stderr: (data) => process.stderr.write(data),
};

let sessionId = start.sessionId ?? null;
let failed = false;
try {
  for await (const message of query({ prompt: turns(), options })) {
    if (message.type === 'system' && message.subtype === 'init' && message.session_id !== sessionId) {
      sessionId = message.session_id;
      send({ type: 'session', id: sessionId });
    } else if (message.type === 'result') {
      if (message.is_error) {
        failed = true;
        send({ type: 'error', ...errorOf(message, sessionId) });
      } else {
        send({ type: 'output', text: message.result ?? '' });
      }
      send({ type: 'idle' });
    }
  }
} catch (error) {
  if (!failed) {
    send({ type: 'error', message: `Claude Code stopped: ${error?.message ?? error}`, retryable: true });
    send({ type: 'idle' });
  }
  failed = true;
}

// stdin stays open while the runner lives; exit rather than wait for it (stdout to a pipe is synchronous on Linux).
process.exit(failed ? 1 : 0);
