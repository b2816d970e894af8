-- fzlint for Neovim 0.7–0.10 with no plugin (Debian 12 ships 0.7.2): start the server for text and
-- Markdown buffers and attach them to it. Put this in init.lua, or load it with `nvim -u`.
-- Tested headless against Neovim 0.7.2 by tests/editors.test.ts.
local fzlint = nil
vim.api.nvim_create_autocmd('FileType', {
  pattern = { 'text', 'markdown' },
  callback = function(args)
    if not fzlint then
      fzlint = vim.lsp.start_client({
        name = 'fzlint',
        cmd = { 'npx', '--no', 'fzlint-lsp' },  -- or { 'fzlint', '--lsp' } with a global install
        root_dir = vim.fn.getcwd(),
        settings = { fzlint = { enable = true, run = 'onType', debounce = 150 } },
      })
    end
    vim.lsp.buf_attach_client(args.buf, fzlint)
  end,
})
