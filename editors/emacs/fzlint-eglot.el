;;; fzlint-eglot.el --- fzlint through eglot (Emacs 28 with the eglot package, Emacs 29+ built in)
;; Tested in batch against Emacs 28.2 and Debian 12's elpa-eglot (1.9) by tests/editors.test.ts.
(require 'eglot)
(add-to-list 'eglot-server-programs
             '((text-mode markdown-mode) . ("npx" "--no" "fzlint-lsp")))
;; answered to workspace/configuration, section "fzlint"
(setq-default eglot-workspace-configuration
              '(:fzlint (:enable t :run "onType" :debounce 150)))
(add-hook 'text-mode-hook #'eglot-ensure)
(add-hook 'markdown-mode-hook #'eglot-ensure)
