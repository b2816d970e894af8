;;; Headless check of the Emacs snippet (tests/editors.test.ts): load it as init.el would be loaded
;;; (after the packages are activated), open the report, wait for eglot's flymake diagnostics,
;;; write "line<TAB>message" per diagnostic to $FZLINT_OUT.
(package-activate-all)
(load (getenv "FZLINT_SNIPPET"))
(find-file (getenv "FZLINT_REPORT"))
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline) (not (eglot-current-server)))
    ;; eglot-ensure connects after the command that opened the buffer; batch mode runs no commands
    (run-hooks 'post-command-hook)
    (accept-process-output nil 0.1)))
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.2)
    ;; an interactive Emacs starts flymake from its idle timer; batch mode has none
    (flymake-start)))
(let ((lines (mapcar (lambda (d)
                       (format "%d\t%s\n" (line-number-at-pos (flymake-diagnostic-beg d))
                               (replace-regexp-in-string "\n" " " (flymake-diagnostic-text d))))
                     (flymake-diagnostics (point-min) (point-max)))))
  (with-temp-file (getenv "FZLINT_OUT")
    (dolist (l lines) (insert l))))
(kill-emacs 0)
