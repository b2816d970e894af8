-- Headless check of a Neovim snippet (tests/editors.test.ts): wait for fzlint's diagnostics on the
-- current buffer, write "code<TAB>line<TAB>message" per diagnostic to $FZLINT_OUT, quit.
vim.wait(30000, function() return #vim.diagnostic.get(0) > 0 end, 100)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(lines, code .. '\t' .. (d.lnum + 1) .. '\t' .. d.message:gsub('\n', ' '))
end
local f = io.open(os.getenv('FZLINT_OUT'), 'w')
f:write(table.concat(lines, '\n'))
f:close()
vim.cmd('qa!')
