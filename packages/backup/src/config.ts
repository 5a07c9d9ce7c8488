/**
 * The backup tools' settings, read once: the only module in the package that reads process.env
 * (the database's own settings come from @perizinan/db/config).
 */

/**
 * The folder the operator typed the command in. npm runs workspace scripts inside the package's
 * folder and passes the operator's folder on as INIT_CWD; run directly, it is the working directory.
 * The root's `db:backup`/`db:restore` call tsx themselves: a nested `npm run -w` would reset
 * INIT_CWD to the repository root, and `--out ./here.tar.gz` typed in a subfolder would land there.
 */
export function operatorCwd(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
