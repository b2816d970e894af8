-- fzlint for Neovim 0.11+ (vim.lsp.config / vim.lsp.enable). Put this in init.lua.
vim.lsp.config('fzlint', {
  cmd = { 'npx', '--no', 'fzlint-lsp' },          -- or { 'fzlint', '--lsp' } with a global install
  filetypes = { 'text', 'markdown' },
  root_markers = { 'fzlint.config.json', '.fzlintrc.json', 'package.json', '.git' },
  settings = { fzlint = { enable = true, run = 'onType', debounce = 150 } },
})
vim.lsp.enable('fzlint')
