-- Neovim 0.7 (Debian bookworm) headless LSP smoke client: proves the server speaks plain LSP to a
-- client that is not VS Code. Normally run through test/nvim/run-smoke.mjs, which sets the env:
--
--   POCPLAN_NVIM_FILE        plan file to open (required)
--   POCPLAN_NVIM_CMD         server command as a JSON array (required), e.g. ["node","dist/server.js","--stdio"]
--   POCPLAN_NVIM_ROOT        workspace root (default: the file's directory)
--   POCPLAN_NVIM_LANGUAGE_ID languageId sent in didOpen (default: yaml)
--   POCPLAN_NVIM_WAIT_CODES  comma-separated codes: wait until the latest publishDiagnostics for the
--                            file contains all of them; empty: wait for the first publishDiagnostics
--   POCPLAN_NVIM_TIMEOUT_MS  deadline for start + diagnostics (default 20000)
--
-- Manual run:  POCPLAN_NVIM_FILE=x.pocplan.yaml POCPLAN_NVIM_CMD='["node","dist/server.js","--stdio"]' \
--              nvim --headless -u NONE -i NONE -n --noplugin -c 'luafile test/nvim/smoke.lua'
--
-- Prints exactly one line `@@nvim-result <json>` on stdout and exits (0 = diagnostics arrived,
-- 2 = deadline hit, 3 = server exited early, 4 = script error). JSON:
--   { ok, reason, elapsed_ms, publishes, uri,
--     lsp: [raw LSP diagnostics of the latest publish: range, severity, code, source, message, ...],
--     diagnostics: [vim.diagnostic.get(buf) items: lnum, col, end_lnum, end_col, severity, code, source, message],
--     lsp_log: path of Neovim's LSP log (holds the server's stderr) }
-- Waiting is vim.wait() polling against a deadline; there are no fixed sleeps.

local uv = vim.loop
local t0 = uv.hrtime()
local function elapsed_ms() return math.floor((uv.hrtime() - t0) / 1e6) end

local function emit(obj)
  io.stdout:write('@@nvim-result ' .. vim.fn.json_encode(obj) .. '\n')
  io.stdout:flush()
end

local function quit(code)
  if code == 0 then vim.cmd('qall!') else vim.cmd('cquit ' .. code) end
end

local client_id
local server_exit = nil

local function stop_server()
  if not client_id then return end
  local client = vim.lsp.get_client_by_id(client_id)
  if client and not server_exit then
    client.stop()
    vim.wait(3000, function() return server_exit ~= nil end, 20)
    if not server_exit then client.stop(true) end
  end
end

local function main()
  local file = os.getenv('POCPLAN_NVIM_FILE')
  local cmd_json = os.getenv('POCPLAN_NVIM_CMD')
  assert(file and file ~= '', 'POCPLAN_NVIM_FILE is not set')
  assert(cmd_json and cmd_json ~= '', 'POCPLAN_NVIM_CMD is not set')
  local cmd = vim.fn.json_decode(cmd_json)
  file = vim.fn.fnamemodify(file, ':p')
  assert(vim.fn.filereadable(file) == 1, 'cannot read ' .. file)
  local root = os.getenv('POCPLAN_NVIM_ROOT')
  if not root or root == '' then root = vim.fn.fnamemodify(file, ':h') end
  local language_id = os.getenv('POCPLAN_NVIM_LANGUAGE_ID')
  if not language_id or language_id == '' then language_id = 'yaml' end
  local timeout = tonumber(os.getenv('POCPLAN_NVIM_TIMEOUT_MS') or '') or 20000
  local wait_codes = {}
  for c in string.gmatch(os.getenv('POCPLAN_NVIM_WAIT_CODES') or '', '[^,%s]+') do table.insert(wait_codes, c) end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = language_id
  local uri = vim.uri_from_bufnr(bufnr)

  local publishes = 0
  local latest = nil -- raw LSP diagnostics of the latest publish for our file
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']

  client_id = vim.lsp.start_client({
    name = 'pocplan',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    get_language_id = function() return language_id end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and result.uri == uri then
          publishes = publishes + 1
          latest = result.diagnostics or {}
        end
        return default_handler(err, result, ctx, config)
      end,
      -- Answer common server->client requests so a server never blocks on them.
      ['workspace/configuration'] = function(_, params)
        local out = {}
        for _ = 1, #((params or {}).items or {}) do table.insert(out, vim.NIL) end
        return out
      end,
      ['client/registerCapability'] = function() return vim.NIL end,
      ['window/workDoneProgress/create'] = function() return vim.NIL end,
    },
    on_exit = function(code, signal) server_exit = { code = code, signal = signal } end,
  })
  assert(client_id, 'vim.lsp.start_client failed for ' .. cmd_json)
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function satisfied()
    if latest == nil then return false end
    if #wait_codes == 0 then return true end
    local have = {}
    for _, d in ipairs(latest) do if d.code ~= nil then have[tostring(d.code)] = true end end
    for _, c in ipairs(wait_codes) do if not have[c] then return false end end
    return true
  end

  local ok = vim.wait(timeout, function() return satisfied() or server_exit ~= nil end, 10)
  local reason
  if satisfied() then
    reason = 'diagnostics'
  elseif server_exit then
    reason = string.format('server exited early (code %s, signal %s)', tostring(server_exit.code), tostring(server_exit.signal))
  elseif not ok then
    reason = string.format('no matching publishDiagnostics within %d ms', timeout)
  end

  local diags = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(diags, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code, source = d.source, message = d.message,
    })
  end
  local result = {
    ok = reason == 'diagnostics', reason = reason, elapsed_ms = elapsed_ms(), publishes = publishes,
    uri = uri, lsp = latest or {}, diagnostics = diags, wait_codes = wait_codes,
    lsp_log = vim.lsp.get_log_path(),
  }
  local early_exit = server_exit ~= nil
  stop_server()
  emit(result)
  if result.ok then return 0 elseif early_exit then return 3 else return 2 end
end

local ok, res = xpcall(main, debug.traceback)
if ok then
  quit(res)
else
  pcall(stop_server)
  emit({ ok = false, reason = 'script error: ' .. tostring(res), elapsed_ms = elapsed_ms(), lsp = {}, diagnostics = {} })
  quit(4)
end
