import { withTransaction } from '../../platform/db/index.ts';
import type { CommandContext } from '../../platform/module.ts';
import { EmailTaken } from './identity.errors.ts';
import { generatePassword, hashPassword } from './passwords.ts';
import { newPasswordProblem } from './password-policy.ts';
import { isRole, ROLES } from './permissions.ts';
import { countStaff, createStaff, resetStaffPassword } from './staff.ts';

/**
 * On the first start of an empty database, creates the first owner from STOCKROOM_OWNER_EMAIL and
 * STOCKROOM_OWNER_PASSWORD, or with a generated password printed once to the console.
 */
export async function ensureFirstOwner(context: CommandContext): Promise<void> {
  if ((await countStaff(context.db)) > 0) return;
  const email = context.config.ownerEmail ?? 'owner@localhost';
  const generated = context.config.ownerPassword === undefined;
  const password = context.config.ownerPassword ?? generatePassword();
  if (!generated && newPasswordProblem(password)) {
    // Not refused (that would stop the deployment), but said plainly; the password itself is never logged.
    context.log.warn(
      { event: 'identity.weak_owner_password' },
      'STOCKROOM_OWNER_PASSWORD is too short or too common; change it after signing in',
    );
  }
  const passwordHash = await hashPassword(password);
  try {
    await withTransaction(context.db, (tx) => createStaff(tx, undefined, { email, passwordHash, role: 'owner' }));
  } catch (error) {
    if (error instanceof EmailTaken) return; // another process created it at the same moment
    throw error;
  }
  context.log.info({ event: 'identity.first_owner' }, 'created the first owner account');
  context.print(`Created the first owner: ${email}`);
  if (generated) context.print(`Generated password (shown once, change it after signing in): ${password}`);
  context.print(`Lost it? Set a new one with: npx stockroom reset-password --email=${email}`);
}

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

/** `stockroom create-staff --email … --role … [--password …] [--name …]`. */
export async function createStaffCommand(context: CommandContext, args: readonly string[]): Promise<number> {
  const email = option(args, 'email');
  const role = option(args, 'role') ?? 'staff';
  const name = option(args, 'name');
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    context.print(
      'Usage: stockroom create-staff --email <email> --role <owner|admin|staff|viewer> [--password <password>] [--name <name>]',
    );
    return 2;
  }
  if (!isRole(role)) {
    context.print(`--role must be one of ${ROLES.join(', ')}`);
    return 2;
  }
  const given = option(args, 'password');
  const problem = given === undefined ? undefined : newPasswordProblem(given);
  if (problem) {
    context.print(`--password ${problem}`);
    return 2;
  }
  const password = given ?? generatePassword();
  const passwordHash = await hashPassword(password);
  try {
    const member = await withTransaction(context.db, (tx) => createStaff(tx, undefined, { email, passwordHash, role, name }));
    context.print(`Created ${role} ${member.email} (${member.id})`);
  } catch (error) {
    if (error instanceof EmailTaken) {
      context.print(`A staff member with the email ${email} already exists`);
      return 1;
    }
    throw error;
  }
  if (given === undefined) context.print(`Generated password (shown once): ${password}`);
  return 0;
}

/** Reads the first line of standard input (the new password, piped in so it never shows in `ps`). */
async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/**
 * `stockroom reset-password --email <email> [--password-stdin]`: sets a new password for an existing
 * staff member (the owner who lost the printed one) and signs them out everywhere. The new password
 * is generated and printed once, or read from standard input; it is never logged.
 */
export async function resetPasswordCommand(
  context: CommandContext,
  args: readonly string[],
  input: NodeJS.ReadableStream = process.stdin,
): Promise<number> {
  const email = option(args, 'email');
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    context.print('Usage: stockroom reset-password --email <email> [--password-stdin]');
    return 2;
  }
  const fromStdin = args.includes('--password-stdin');
  const password = fromStdin ? await readFirstLine(input) : generatePassword();
  const problem = fromStdin ? newPasswordProblem(password) : undefined;
  if (problem) {
    context.print(`The password read from standard input ${problem}`);
    return 2;
  }
  const passwordHash = await hashPassword(password);
  const member = await withTransaction(context.db, (tx) => resetStaffPassword(tx, email, passwordHash));
  if (!member) {
    context.print(`No staff member has the email ${email} (create one with: stockroom create-staff --email ${email} --role owner)`);
    return 1;
  }
  context.log.info({ event: 'identity.password_reset_cli', staffId: member.id }, 'staff password set from the command line');
  context.print(`Set a new password for ${member.email} (${member.role}); their sessions were signed out.`);
  if (!fromStdin) context.print(`New password (shown once): ${password}`);
  return 0;
}
