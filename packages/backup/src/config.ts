/**
 * The backup tools' settings, read once: the only module in the package that reads process.env
 * (the database's own settings come from @perizinan/db/config).
 */

/**
 * The folder the operator typed the command in. npm runs workspace scripts inside the package's
 * folder and passes the operator's folder on as INIT_CWD; run directly, it is the working directory.
 */
export function operatorCwd(): string {
  return process.env.INIT_CWD ?? process.cwd();
}
