-- A headless Neovim (0.7 or later) as the client of `hakusho lsp`: opens a page, waits for its
-- diagnostics, asks hover, definition, references and rename (applying the edit), and writes what
-- it saw as JSON. Driven by test/unit/neovim.test.ts through environment variables.
local out = vim.env.HAKUSHO_OUT
local results = {}
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(results) }, out)
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local positions = vim.fn.json_decode(vim.env.HAKUSHO_POSITIONS)
  local client_id = vim.lsp.start_client({
    name = 'hakusho',
    cmd = { vim.env.HAKUSHO_NODE, vim.env.HAKUSHO_BIN, 'lsp' },
    root_dir = vim.env.HAKUSHO_ROOT,
    workspace_folders = { { uri = vim.uri_from_fname(vim.env.HAKUSHO_ROOT), name = 'ws' } },
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.HAKUSHO_PAGE1))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  vim.wait(20000, function() return client.initialized == true end, 50)

  vim.wait(20000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  results.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(results.diagnostics, { line = d.lnum, message = d.message })
  end

  local doc = { uri = vim.uri_from_bufnr(bufnr) }
  local function request(method, params)
    local response = client.request_sync(method, params, 10000, bufnr)
    if not response then return { timeout = true } end
    return { result = response.result, error = response.err and response.err.message or nil }
  end

  results.hover = request('textDocument/hover', { textDocument = doc, position = positions.anchor })
  results.definition = request('textDocument/definition', { textDocument = doc, position = positions.reference })
  results.references = request('textDocument/references', { textDocument = doc, position = positions.heading, context = { includeDeclaration = false } })
  local rename = request('textDocument/rename', { textDocument = doc, position = positions.title, newName = '光回線の普及' })
  results.renameError = rename.error
  if rename.result then
    vim.lsp.util.apply_workspace_edit(rename.result, 'utf-16')
    local page2 = vim.fn.bufnr(vim.env.HAKUSHO_PAGE2)
    results.page1After = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
    results.page2After = page2 >= 0 and table.concat(vim.api.nvim_buf_get_lines(page2, 0, -1, false), '\n') or nil
  end
end)
if not ok then results.failure = tostring(err) end
finish()
