// Coded messages of a machine's setup: the config file and its profiles, the token secret, the
// certificate signing key and its settings, and the database a command is pointed at (and what the
// database says when it refuses). Same rules as the main catalogue; a parameter never holds a secret:
// URLs come redacted, key texts are never quoted, only their files' paths.
import type { Coded, Entry } from './catalogue.js';

type Text = Coded;

// biome-ignore lint/complexity/noBannedTypes: an entry without parameters
type None = {};

const entry = <P = None>(en: Entry<P>['en'], nb: Entry<P>['nb']): Entry<P> => ({ en, nb });

export const SETUP_CONFIG = {
  // The config file (src/context/config.ts).
  'config.too-large': entry<{ path: string }>(
    (p) => `config file ${p.path} is larger than 1 MB: it is not a kursdesk config file`,
    (p) => `konfigurasjonsfilen ${p.path} er større enn 1 MB: det er ikke en kursdesk-konfigurasjonsfil`,
  ),
  /** `reason` is the YAML library's own first line, in English. */
  'config.not-yaml': entry<{
    path: string;
    line: number | undefined;
    col: number | undefined;
    reason: string;
  }>(
    (p) => `config file ${p.path}${p.line ? ` line ${p.line}, column ${p.col}` : ''}: ${p.reason}`,
    (p) =>
      `konfigurasjonsfilen ${p.path}${p.line ? ` linje ${p.line}, kolonne ${p.col}` : ''} kan ikke leses som YAML: ${p.reason}`,
  ),
  'config.aliases-expand': entry<{ path: string }>(
    (p) => `config file ${p.path}: its aliases (*name) expand too far; write the values out`,
    (p) =>
      `konfigurasjonsfilen ${p.path}: aliasene (*navn) i den vokser seg for store; skriv verdiene ut i stedet`,
  ),
  'config.not-a-mapping': entry<{ path: string }>(
    (p) => `config file ${p.path} must be a mapping with profile: and profiles:`,
    (p) => `konfigurasjonsfilen ${p.path} skal bestå av nøklene profile: og profiles:`,
  ),
  'config.unknown-key': entry<{ path: string; key: string }>(
    (p) => `${p.path}: unknown key '${p.key}' (expected profile: and profiles:)`,
    (p) => `${p.path}: ukjent nøkkel «${p.key}» (bare profile: og profiles: hører hjemme der)`,
  ),
  'config.profile-not-a-name': entry<{ path: string }>(
    (p) => `${p.path}: profile: must be a profile name`,
    (p) => `${p.path}: profile: skal være navnet på en profil`,
  ),
  'config.profiles-not-a-mapping': entry<{ path: string }>(
    (p) => `${p.path}: profiles: must map profile names to settings`,
    (p) => `${p.path}: under profiles: skal hvert profilnavn ha sine innstillinger`,
  ),
  'config.profile-not-a-mapping': entry<{ path: string; name: string }>(
    (p) => `${p.path}: profiles.${p.name} must map settings to values`,
    (p) => `${p.path}: profiles.${p.name} skal være en liste med innstillinger og verdier`,
  ),
  'config.unknown-setting': entry<{ path: string; name: string; key: string; known: readonly string[] }>(
    (p) => `${p.path}: profiles.${p.name}.${p.key} is not a setting (known: ${p.known.join(', ')})`,
    (p) =>
      `${p.path}: profiles.${p.name}.${p.key} er ikke en innstilling (de som finnes: ${p.known.join(', ')})`,
  ),
  'config.setting-not-text': entry<{ path: string; name: string; key: string }>(
    (p) => `${p.path}: profiles.${p.name}.${p.key} must be a text value`,
    (p) => `${p.path}: profiles.${p.name}.${p.key} skal ha en tekst som verdi`,
  ),
  'config.password-readable': entry<{ path: string }>(
    (p) => `config file ${p.path} holds a password and others can read it`,
    (p) => `konfigurasjonsfilen ${p.path} inneholder et passord, og andre kan lese den`,
  ),
  'config.no-profile': entry<{ name: string; path: string; exists: boolean }>(
    (p) => `no profile '${p.name}' in ${p.exists ? p.path : `${p.path} (the file does not exist)`}`,
    (p) => `profilen «${p.name}» finnes ikke i ${p.exists ? p.path : `${p.path} (filen finnes ikke)`}`,
  ),
  'hint.known-profiles': entry<{ known: readonly string[] }>(
    (p) => `profiles: ${p.known.join(', ')}`,
    (p) => `profilene som finnes: ${p.known.join(', ')}`,
  ),
  'hint.create-profile': entry<{ name: string }>(
    (p) => `create it: kursdesk --profile ${p.name} config set <key> <value>`,
    (p) => `opprett den: kursdesk --profile ${p.name} config set <nøkkel> <verdi>`,
  ),
  'config.invalid-yaml': entry<{ path: string }>(
    (p) => `config file ${p.path} is not valid YAML; fix it first`,
    (p) => `konfigurasjonsfilen ${p.path} er ikke gyldig YAML; rett den først`,
  ),
} as const;

export const SETUP_KEYS = {
  // The token secret (src/context/secret.ts).
  'secret.too-short': entry<{ min: number }>(
    (p) => `KURSDESK_SECRET is too short: use at least ${p.min} characters (32 random bytes recommended)`,
    (p) => `KURSDESK_SECRET er for kort: bruk minst ${p.min} tegn (helst 32 tilfeldige byte)`,
  ),
  'secret.key-not-a-file': entry<{ shown: string }>(
    (p) => `key file ${p.shown} is not a regular file: point KURSDESK_KEY_FILE at the key`,
    (p) => `nøkkelfilen ${p.shown} er ikke en vanlig fil: la KURSDESK_KEY_FILE peke på nøkkelen`,
  ),
  'secret.key-readable': entry<{ path: string }>(
    (p) => `key file ${p.path} is readable by others: run chmod 600 ${p.path}`,
    (p) => `andre kan lese nøkkelfilen ${p.path}: kjør chmod 600 ${p.path}`,
  ),
  'secret.key-unusable': entry<{ path: string; min: number }>(
    (p) => `key file ${p.path} holds no usable key (expected base64url, ≥ ${p.min} bytes)`,
    (p) => `nøkkelfilen ${p.path} har ingen brukbar nøkkel (den skal være base64url, minst ${p.min} byte)`,
  ),
  /** `reason` is the system's own words, in English. */
  'secret.cannot-read': entry<{ path: string; reason: string }>(
    (p) => `cannot read key file ${p.path}: ${p.reason}`,
    (p) => `nøkkelfilen ${p.path} kan ikke leses: ${p.reason}`,
  ),
  'secret.cannot-create': entry<{ path: string; reason: string }>(
    (p) => `cannot create key file ${p.path}: ${p.reason}`,
    (p) => `nøkkelfilen ${p.path} kan ikke opprettes: ${p.reason}`,
  ),
  'hint.set-secret': entry(
    () => 'set KURSDESK_SECRET instead',
    () => 'sett KURSDESK_SECRET i stedet',
  ),

  // The certificate signing key and its settings (src/context/signing-key.ts).
  'cert-settings.issuer': entry(
    () => 'KURSDESK_CERT_ISSUER must be the issuer name, 1 to 80 characters',
    () => 'KURSDESK_CERT_ISSUER skal være navnet på utstederen, 1 til 80 tegn',
  ),
  'cert-settings.verify-url-not-url': entry<{ value: string }>(
    (p) => `KURSDESK_CERT_VERIFY_URL '${p.value}' is not a URL`,
    (p) => `KURSDESK_CERT_VERIFY_URL «${p.value}» er ikke en nettadresse`,
  ),
  'cert-settings.verify-url-not-https': entry<{ value: string }>(
    (p) => `KURSDESK_CERT_VERIFY_URL must be an https:// address; got '${p.value}'`,
    (p) => `KURSDESK_CERT_VERIFY_URL skal være en https://-adresse; fikk «${p.value}»`,
  ),
  'cert-settings.verify-url-fragment': entry(
    () => 'KURSDESK_CERT_VERIFY_URL must not have a #fragment: the code goes there',
    () => 'KURSDESK_CERT_VERIFY_URL kan ikke ha en #-del: der står koden',
  ),
  'signing-key.env-unusable': entry<{ reason: string | Text }>(
    (p, t) => `KURSDESK_CERT_KEY is not usable: ${t(p.reason)}`,
    (p, t) => `KURSDESK_CERT_KEY kan ikke brukes: ${t(p.reason)}`,
  ),
  /** `reason` is the system's words or error code, in English. */
  'signing-key.cannot-read': entry<{ path: string; reason: string }>(
    (p) => `cannot read the certificate key file ${p.path}: ${p.reason}`,
    (p) => `nøkkelfilen for kursbevis, ${p.path}, kan ikke leses: ${p.reason}`,
  ),
  'signing-key.not-a-file': entry<{ shown: string }>(
    (p) => `the certificate key file ${p.shown} is not a regular file`,
    (p) => `nøkkelfilen for kursbevis, ${p.shown}, er ikke en vanlig fil`,
  ),
  'signing-key.readable': entry<{ path: string }>(
    (p) => `the certificate key file ${p.path} is readable by others: run chmod 600 ${p.path}`,
    (p) => `andre kan lese nøkkelfilen for kursbevis, ${p.path}: kjør chmod 600 ${p.path}`,
  ),
  'signing-key.file-unusable': entry<{ path: string; reason: string | Text }>(
    (p, t) => `the certificate key file ${p.path} is not usable: ${t(p.reason)}`,
    (p, t) => `nøkkelfilen for kursbevis, ${p.path}, kan ikke brukes: ${t(p.reason)}`,
  ),
  'signing-key.cannot-create': entry<{ path: string; reason: string }>(
    (p) => `cannot create the certificate key file ${p.path}: ${p.reason}`,
    (p) => `nøkkelfilen for kursbevis, ${p.path}, kan ikke opprettes: ${p.reason}`,
  ),
  'hint.set-cert-key': entry(
    () => 'set KURSDESK_CERT_KEY or KURSDESK_CERT_KEY_FILE',
    () => 'sett KURSDESK_CERT_KEY eller KURSDESK_CERT_KEY_FILE',
  ),
  /** `what` is how the caller names the source (a flag or a variable), in English. */
  'public-keys.unusable': entry<{ what: string; path: string; reason: string | Text }>(
    (p, t) => `${p.what} ${p.path} is not usable: ${t(p.reason)}`,
    (p, t) => `${p.what} ${p.path} kan ikke brukes: ${t(p.reason)}`,
  ),

  // Reading key texts (src/domain/certificates/keys.ts); the key text itself is never quoted.
  'key.pem-not-private': entry(
    () => 'it is PEM, but not a private key',
    () => 'den er PEM, men ikke en privat nøkkel',
  ),
  'key.not-pem-or-base64': entry(
    () => 'it is neither PEM nor base64',
    () => 'den er verken PEM eller base64',
  ),
  'key.not-ed25519-private': entry(
    () => 'it could not be read as an Ed25519 private key',
    () => 'den kan ikke leses som en privat Ed25519-nøkkel',
  ),
  'key.wrong-type': entry<{ type: string }>(
    (p) => `it is a ${p.type} key; certificates need an Ed25519 key`,
    (p) => `det er en ${p.type}-nøkkel; kursbevis trenger en Ed25519-nøkkel`,
  ),
  'key.no-public-key': entry(
    () => 'it holds no PEM public key (-----BEGIN PUBLIC KEY-----)',
    () => 'den har ingen offentlig nøkkel i PEM (-----BEGIN PUBLIC KEY-----)',
  ),
  'key.public-unreadable': entry<{ number: number }>(
    (p) => `public key ${p.number} could not be read`,
    (p) => `offentlig nøkkel nr. ${p.number} kan ikke leses`,
  ),
  'key.public-wrong-type': entry<{ number: number; type: string }>(
    (p) => `public key ${p.number} is a ${p.type} key, not Ed25519`,
    (p) => `offentlig nøkkel nr. ${p.number} er en ${p.type}-nøkkel, ikke Ed25519`,
  ),
} as const;

export const SETUP_DATABASE = {
  // Naming the database (src/db/target.ts); URLs are shown with the password redacted.
  'db-target.empty': entry(
    () => '--db is empty: give a file path, sqlite:PATH or postgres://…',
    () => '--db er tom: oppgi en filsti, sqlite:STI eller postgres://…',
  ),
  'db-target.sqlite-no-path': entry<{ value: string }>(
    (p) => `malformed database URL '${p.value}': expected sqlite:PATH`,
    (p) => `databaseadressen «${p.value}» er feil skrevet: den skal være sqlite:STI`,
  ),
  'db-target.unsupported-scheme': entry<{ scheme: string }>(
    (p) =>
      `unsupported database URL scheme '${p.scheme}:': kursdesk works with SQLite (a file path or sqlite:PATH) or PostgreSQL (postgres://)`,
    (p) =>
      `kursdesk kan ikke bruke databaseadresser som begynner med «${p.scheme}:»: bare SQLite (en filsti eller sqlite:STI) og PostgreSQL (postgres://)`,
  ),
  'db-target.malformed-url': entry(
    () => 'malformed database URL: expected postgres://USER@HOST:PORT/DATABASE',
    () => 'databaseadressen er feil skrevet: den skal være postgres://BRUKER@VERT:PORT/DATABASE',
  ),
  'db-target.no-host': entry<{ shown: string }>(
    (p) => `malformed database URL '${p.shown}': no host; expected postgres://USER@HOST:PORT/DATABASE`,
    (p) => `databaseadressen «${p.shown}» mangler vert: den skal være postgres://BRUKER@VERT:PORT/DATABASE`,
  ),
  'db-target.port-not-number': entry<{ shown: string }>(
    (p) => `malformed database URL '${p.shown}': port must be a number`,
    (p) => `databaseadressen «${p.shown}» er feil skrevet: porten skal være et tall`,
  ),
  'db-target.bad-schema': entry<{ schema: string }>(
    (p) => `malformed database URL: schema '${p.schema}' must be lower-case letters, digits and _`,
    (p) => `databaseadressen er feil skrevet: skjemaet «${p.schema}» kan bare ha små bokstaver, sifre og _`,
  ),

  // What the database refuses (src/db/errors.ts); `reason` is the driver's own words, in English.
  'db.connection-lost-mid-command': entry(
    () =>
      'lost the connection to PostgreSQL in the middle of the command (the server restarted or ended the session): its transaction was rolled back, nothing was written — run the command again',
    () =>
      'forbindelsen til PostgreSQL ble brutt midt i kommandoen (serveren startet på nytt eller avsluttet økten): ingenting ble lagret — kjør kommandoen på nytt',
  ),
  'db.busy': entry(
    () =>
      'the database is busy: another kursdesk change held it longer than the wait (KURSDESK_WAIT_MS); nothing was written, try again',
    () =>
      'databasen er opptatt: en annen endring holdt den lenger enn ventetiden (KURSDESK_WAIT_MS); ingenting ble lagret, prøv igjen',
  ),
  'db.statement-timeout': entry(
    () =>
      'the query ran longer than the statement timeout (KURSDESK_STATEMENT_TIMEOUT_MS) and the server stopped it; nothing was changed — narrow the search or raise the timeout',
    () =>
      'spørringen tok lenger tid enn tidsgrensen (KURSDESK_STATEMENT_TIMEOUT_MS), og serveren stoppet den; ingenting ble endret — snevre inn søket eller øk grensen',
  ),
  'db.disk-full': entry(
    () => 'the disk is full: nothing was written',
    () => 'disken er full: ingenting ble lagret',
  ),
  'db.damaged': entry<{ reason: string }>(
    (p) => `the database file is damaged or not a SQLite database: ${p.reason}`,
    (p) => `databasefilen er skadet eller ikke en SQLite-database: ${p.reason}`,
  ),
  'db.serialization-conflict': entry(
    () =>
      'another agent changed the same rows at the same moment; nothing was written — run the command again',
    () =>
      'en annen agent endret de samme radene i samme øyeblikk; ingenting ble lagret — kjør kommandoen på nytt',
  ),
  /** `server` is the server's own words, only with KURSDESK_DEBUG=1 (they name internal tables). */
  'db.role-missing': entry<{ role: string; server?: string | undefined }>(
    (p) =>
      `the database server refused this: it needs the ${p.role} role, which your login does not have (permission denied${p.server ? `: ${p.server}` : ''})`,
    (p) =>
      `databaseserveren avviste dette: det krever rollen ${p.role}, som brukeren din ikke har (ingen tilgang${p.server ? `: ${p.server}` : ''})`,
  ),
  'hint.grant-role': entry<{ kind: string }>(
    (p) => `an admin can grant it: kursdesk db roles grant <your login> ${p.kind}`,
    (p) => `en administrator kan gi deg den: kursdesk db roles grant <din bruker> ${p.kind}`,
  ),
  /** `refusal` is the server's sentence from "the audit log is append-only" on, in English. */
  'db.audit-append-only': entry<{ refusal: string }>(
    (p) => `${p.refusal}: an erasure or correction is recorded as a new entry`,
    () =>
      'revisjonsloggen kan bare utvides, ikke endres: en sletting eller rettelse føres som en ny oppføring',
  ),
  'db.connection-lost': entry<{ reason: string }>(
    (p) => `lost the connection to PostgreSQL: ${p.reason}`,
    (p) => `forbindelsen til PostgreSQL ble brutt: ${p.reason}`,
  ),
} as const;
