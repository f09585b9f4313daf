// NanoClaw web chat: one long-poll loop per selected chat; text is always set as text, never as HTML.
"use strict";

const storageKey = "nanoclaw.chat";
const $ = (id) => document.getElementById(id);
const state = { assistant: "Assistant", chat: localStorage.getItem(storageKey) || "web:main", chats: [], poll: null };

async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: { "Content-Type": "application/json", ...(options.headers || {}) } });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error((body && body.error) || `HTTP ${response.status}`);
  return body;
}

const newId = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`);
const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function loadInfo() {
  const info = await api("/api/info");
  state.assistant = info.assistantName;
  $("title").textContent = `${info.assistantName} · NanoClaw`;
  $("working").textContent = `${info.assistantName} is working…`;
  $("banner").textContent = info.banner || "";
  $("banner").hidden = !info.banner;
}

async function loadChats() {
  const chats = await api("/api/chats");
  state.chats = chats.filter((c) => c.chatId.startsWith("web:"));
  if (!state.chats.some((c) => c.chatId === state.chat)) state.chats.unshift({ chatId: state.chat, name: null, group: null });
  renderChats();
}

function renderChats() {
  const list = $("chat-list");
  list.replaceChildren(...state.chats.map((chat) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.dataset.chat = chat.chatId;
    button.setAttribute("aria-current", String(chat.chatId === state.chat));
    button.textContent = chat.name || chat.chatId;
    const group = document.createElement("small");
    group.textContent = chat.group ? `group: ${chat.group}` : "not registered";
    button.append(group);
    button.addEventListener("click", () => select(chat.chatId));
    item.append(button);
    return item;
  }));
  const current = state.chats.find((c) => c.chatId === state.chat);
  $("chat-title").textContent = (current && current.name) || state.chat;
  $("chat-group").textContent = current && current.group ? `group ${current.group}` : "";
}

function select(chatId) {
  if (state.poll) state.poll.abort();
  state.chat = chatId;
  localStorage.setItem(storageKey, chatId);
  $("messages").replaceChildren();
  $("working").hidden = true;
  renderChats();
  const controller = new AbortController();
  state.poll = controller;
  pollLoop(chatId, controller.signal);
}

async function pollLoop(chatId, signal) {
  let cursor = 0;
  while (!signal.aborted) {
    try {
      const page = await api(`/api/chats/${encodeURIComponent(chatId)}/messages?after=${cursor}&wait=25`, { signal });
      page.messages.forEach(renderMessage);
      cursor = page.cursor;
      $("working").hidden = !page.working;
    } catch (error) {
      if (signal.aborted) return;
      await sleep(2000);
    }
  }
}

function renderMessage(message) {
  const existing = $("messages").querySelector(`[data-id="${CSS.escape(message.id)}"]`);
  const item = existing || document.createElement("li");
  item.className = `message ${message.direction}`;
  item.dataset.id = message.id;
  const text = document.createElement("span");
  text.className = "text";
  text.textContent = message.text;
  const meta = document.createElement("span");
  meta.className = "meta";
  const time = new Date(message.time).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  meta.textContent = message.direction === "out" ? `${message.sender} · ${time}` : time;
  item.replaceChildren(text, meta);
  if (!existing) $("messages").append(item);
  item.scrollIntoView({ block: "end" });
}

async function send(text, id) {
  const chatId = state.chat;
  const pending = $("messages").querySelector(`[data-id="${CSS.escape(id)}"]`) || document.createElement("li");
  pending.className = "message in pending";
  pending.dataset.id = id;
  pending.textContent = text;
  pending.onclick = null;
  if (!pending.isConnected) $("messages").append(pending);
  try {
    await api(`/api/chats/${encodeURIComponent(chatId)}/messages`, { method: "POST", body: JSON.stringify({ text, id }) });
  } catch (error) {
    if (!pending.classList.contains("pending")) return;
    pending.classList.add("failed");
    pending.title = `Not sent (${error.message}); click to retry`;
    pending.onclick = () => send(text, id);
  }
}

function submitMessage(event) {
  event.preventDefault();
  const input = $("message-input");
  const text = input.value.trim();
  if (!text) return;
  input.value = "";
  send(text, newId());
}

async function createChat(event) {
  event.preventDefault();
  const name = $("new-chat-name").value.trim();
  const folder = slug(name);
  $("sidebar-error").textContent = "";
  if (!folder) { $("sidebar-error").textContent = "Use letters or digits in the name."; return; }
  try {
    await api("/api/groups", { method: "POST", body: JSON.stringify({ folder, name, chat: `web:${folder}`, requiresTrigger: false }) });
    $("new-chat-name").value = "";
    state.chat = `web:${folder}`;
    await loadChats();
    select(`web:${folder}`);
  } catch (error) {
    $("sidebar-error").textContent = error.message;
  }
}

$("composer").addEventListener("submit", submitMessage);
$("message-input").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) submitMessage(event);
});
$("new-chat-form").addEventListener("submit", createChat);

(async () => {
  await loadInfo().catch((error) => { $("banner").textContent = `Node not reachable: ${error.message}`; $("banner").hidden = false; });
  await loadChats().catch(() => renderChats());
  select(state.chat);
})();
