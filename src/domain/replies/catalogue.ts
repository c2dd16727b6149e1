// Every sentence support sends learners and companies, kept as data in one place: one entry per topic
// and case, in bokmål, English and (where written) nynorsk, each naming the facts its text may use.
// A support lead changes a reply here; `{fact}` marks where a fact goes. Facts are filled by the callers
// in src/domain/replies/*.ts, which decide what a verdict allows (a masked address stays masked).

export type ReplyLang = 'nb' | 'nn' | 'en';

/**
 * The facts a text may use. Dates and times arrive already in Oslo time and the reply's language
 * (formatOsloDateTime / formatOsloDate); addresses arrive masked unless the identity is verified.
 */
export type ReplyFact =
  | 'name' // the person's first name (a company's contact person's first name)
  | 'email' // a login or invoice address, masked unless the verdict allows it in full
  | 'link' // an activation or reset link the agent hands over
  | 'lifetime' // how long a link works ("72 timer")
  | 'course' // code and title: "SV-300 Sikkerhetsvakt – grunnopplæring"
  | 'code' // a course code alone
  | 'when' // a unit's start, Oslo time
  | 'place' // a unit's place
  | 'position' // a waitlist place, 1-based
  | 'until' // a last valid day, Oslo calendar day
  | 'expired' // the day a validity ran out, Oslo calendar day
  | 'company' // a company's name
  | 'orgNumber' // formatted: "912 345 678"
  | 'invoicing' // how the company is invoiced (a sentence built from the invoicing entries)
  | 'address' // an invoice address
  | 'count' // a number of things
  | 'list' // lines built from other entries ("- …")
  | 'file' // the certificate file to attach
  | 'certificate' // a certificate's number (KB-…), which the learner can quote to us
  | 'programme' // a programme's code and title
  | 'due' // an HMS card's renewal day
  | 'card' // an HMS card number, masked
  | 'person'; // the full name of the person HR, a manager or a parent writes about

export interface ReplyEntry {
  /** The facts the text uses, each as `{fact}`; the catalogue test checks every language uses only these. */
  facts: readonly ReplyFact[];
  nb: string;
  en: string;
  nn: string;
}

export const REPLIES = {
  // ── frame ─────────────────────────────────────────────────────────────────────────────────────────
  greeting: { facts: ['name'], nb: 'Hei {name},', nn: 'Hei {name},', en: 'Hello {name},' },
  'greeting.anonymous': { facts: [], nb: 'Hei,', nn: 'Hei,', en: 'Hello,' },
  signature: {
    facts: [],
    nb: 'Vennlig hilsen\nBrukerstøtten for kursportalen',
    nn: 'Venleg helsing\nBrukarstøtta for kursportalen',
    en: 'Kind regards\nThe course portal support desk',
  },
  'national-id.warning': {
    facts: [],
    nb: 'Du sendte oss fødselsnummeret ditt. Av hensyn til personvernet ber vi deg om ikke å sende det på e-post; vi har ikke tatt vare på det, og fødselsdatoen er nok for oss.',
    nn: 'Du sende oss fødselsnummeret ditt. Av omsyn til personvernet ber vi deg om ikkje å sende det på e-post; vi har ikkje teke vare på det, og fødselsdatoen er nok for oss.',
    en: 'You sent us your national ID number. To protect your privacy, please do not send it by e-mail; we have not kept it, and your date of birth is all we need.',
  },

  // ── "we need more information" and "not something we handle" ─────────────────────────────────────
  'more-info.intro': {
    facts: [],
    nb: 'For å hjelpe deg videre trenger vi litt mer informasjon. Svar på denne e-posten med:',
    nn: 'For å hjelpe deg vidare treng vi litt meir informasjon. Svar på denne e-posten med:',
    en: 'To help you further, we need a little more information. Please reply to this e-mail with:',
  },
  'more-info.name': {
    facts: [],
    nb: '- fullt navn, slik det står i kursportalen',
    nn: '- fullt namn, slik det står i kursportalen',
    en: '- your full name, as it is in the course portal',
  },
  'more-info.birthDate': {
    facts: [],
    nb: '- fødselsdatoen din (bare datoen, ikke fødselsnummeret)',
    nn: '- fødselsdatoen din (berre datoen, ikkje fødselsnummeret)',
    en: '- your date of birth (the date only, not your national ID number)',
  },
  'more-info.email': {
    facts: [],
    nb: '- alle e-postadresser du kan ha brukt i kursportalen',
    nn: '- alle e-postadresser du kan ha brukt i kursportalen',
    en: '- every e-mail address you may have used in the course portal',
  },
  'more-info.oldEmail': {
    facts: [],
    nb: '- e-postadressen du logget inn med før',
    nn: '- e-postadressa du logga inn med før',
    en: '- the e-mail address you logged in with before',
  },
  'more-info.accountType': {
    facts: [],
    nb: '- hvilken brukertype du ønsker: «Gratis e-læring», «Full kurskatalog» eller «Fører»',
    nn: '- kva brukartype du ønskjer: «Gratis e-læring», «Full kurskatalog» eller «Fører»',
    en: '- which account type you want: «Gratis e-læring» ("Free e-learning"), «Full kurskatalog» ("Full course catalogue") or «Fører» ("Driver")',
  },
  'more-info.orgNumber': {
    facts: [],
    nb: '- organisasjonsnummeret til arbeidsgiveren (9 siffer)',
    nn: '- organisasjonsnummeret til arbeidsgjevaren (9 siffer)',
    en: "- your employer's organisation number (9 digits)",
  },
  'more-info.depot': {
    facts: [],
    nb: '- hvor du skal ha føreropplæringen (stasjoneringssted eller opplæringssted), og førerbevisnummeret hvis du allerede har førerbevis',
    nn: '- kvar du skal ha føraropplæringa (stasjoneringsstad eller opplæringsstad), og førarbevisnummeret dersom du allereie har førarbevis',
    en: '- where you will have your driver training (home depot or training location), and your train-driver licence number if you already have one',
  },
  'more-info.hmsCard': {
    facts: [],
    nb: '- nummeret på det nye HMS-kortet og datoen det ble utstedt',
    nn: '- nummeret på det nye HMS-kortet og datoen det vart utferda',
    en: '- the number of your new HMS card and the date it was issued',
  },
  'more-info.courseCode': {
    facts: [],
    nb: '- kurskoden eller navnet på kurset (for eksempel SIK-100)',
    nn: '- kurskoden eller namnet på kurset (til dømes SIK-100)',
    en: '- the course code or the name of the course (for example SIK-100)',
  },
  'more-info.unitId': {
    facts: [],
    nb: '- datoen og stedet for kurset du gjelder',
    nn: '- datoen og staden for kurset det gjeld',
    en: '- the date and place of the course you mean',
  },
  'more-info.companyName': {
    facts: [],
    nb: '- navnet på firmaet',
    nn: '- namnet på firmaet',
    en: "- the company's name",
  },
  'more-info.company': {
    facts: [],
    nb: '- organisasjonsnummer og firmanavn\n- fakturaadresse, hvis den er en annen enn forretningsadressen i Brønnøysundregistrene\n- e-postadresse for fakturaer, hvis firmaet ikke kan ta imot elektronisk faktura (ikke er registrert i ELMA)\n- navn, e-post og telefon til en kontaktperson',
    nn: '- organisasjonsnummer og firmanamn\n- fakturaadresse, dersom ho er ei anna enn forretningsadressa i Brønnøysundregistera\n- e-postadresse for fakturaer, dersom firmaet ikkje kan ta imot elektronisk faktura (ikkje er registrert i ELMA)\n- namn, e-post og telefon til ein kontaktperson',
    en: '- the organisation number and company name\n- the invoice address, if it differs from the business address in the Brønnøysund Register Centre\n- an e-mail address for invoices, if the company cannot receive e-invoices (is not registered in ELMA)\n- the name, e-mail and phone number of a contact person',
  },
  'more-info.contact': {
    facts: [],
    nb: '- navn, e-postadresse og telefonnummer til en kontaktperson i firmaet',
    nn: '- namn, e-postadresse og telefonnummer til ein kontaktperson i firmaet',
    en: '- the name, e-mail address and phone number of a contact person at the company',
  },
  'more-info.invoiceEmail': {
    facts: [],
    nb: '- e-postadressen fakturaene skal sendes til',
    nn: '- e-postadressa fakturaene skal sendast til',
    en: '- the e-mail address invoices should be sent to',
  },
  'more-info.employeeList': {
    facts: [],
    nb: '- en liste over de ansatte som skal flyttes (e-postadressen hver enkelt logger inn med)\n- organisasjonsnummeret til det nye firmaet',
    nn: '- ei liste over dei tilsette som skal flyttast (e-postadressa kvar enkelt loggar inn med)\n- organisasjonsnummeret til det nye firmaet',
    en: '- a list of the employees to move (the e-mail address each of them logs in with)\n- the organisation number of the new company',
  },
  'more-info.outro': {
    facts: [],
    nb: 'Send aldri fødselsnummer eller passord på e-post.',
    nn: 'Send aldri fødselsnummer eller passord på e-post.',
    en: 'Never send your national ID number or a password by e-mail.',
  },
  'not-ours': {
    facts: [],
    nb: 'Takk for e-posten. Brukerstøtten for kursportalen hjelper med innlogging, brukerkontoer, påmelding til kurs og kursbevis, og dette er dessverre ikke noe vi kan hjelpe med. Gjelder det innholdet i et kurs, finner du kontaktinformasjon i kursbeskrivelsen.',
    nn: 'Takk for e-posten. Brukarstøtta for kursportalen hjelper med innlogging, brukarkontoar, påmelding til kurs og kursbevis, og dette er dessverre ikkje noko vi kan hjelpe med. Gjeld det innhaldet i eit kurs, finn du kontaktinformasjon i kursskildringa.',
    en: 'Thank you for your e-mail. The course portal support desk helps with logging in, user accounts, booking courses and certificates, and this is unfortunately not something we can help with. If it is about the content of a course, the course description has contact details.',
  },

  // A question about a course itself (agenda, times, whom to ask) is the desk's too: the FAQ sends the
  // learner to the course description first and to us when it does not answer.
  'course-question': {
    facts: ['code'],
    nb: 'Spørsmål om selve kurset {code}, som agenda, tidspunkter og kontaktinformasjon, finner du som regel svar på i kursbeskrivelsen i kursportalen; les den gjerne godt gjennom. Svarer den ikke på spørsmålet ditt, svar på denne e-posten og fortell hva du lurer på, så hjelper vi deg videre.',
    nn: 'Spørsmål om sjølve kurset {code}, som agenda, tidspunkt og kontaktinformasjon, finn du som regel svar på i kursskildringa i kursportalen; les ho gjerne godt gjennom. Svarar ho ikkje på spørsmålet ditt, svar på denne e-posten og fortel kva du lurer på, så hjelper vi deg vidare.',
    en: 'Questions about the course {code} itself, such as the agenda, times and contact details, are usually answered in its course description in the course portal, so please read it through. If it does not answer your question, reply to this e-mail and tell us what you would like to know, and we will help you further.',
  },

  // ── W1: which e-mail did I register with ─────────────────────────────────────────────────────────
  'W1.verified': {
    facts: ['email'],
    nb: 'Vi har funnet kontoen din. Du logger inn i kursportalen med e-postadressen {email}.\nHusker du ikke passordet, velg «Har du glemt passordet?» på innloggingssiden og skriv inn denne adressen.',
    nn: 'Vi har funne kontoen din. Du loggar inn i kursportalen med e-postadressa {email}.\nHugsar du ikkje passordet, vel «Har du glemt passordet?» på innloggingssida og skriv inn denne adressa.',
    en: 'We have found your account. You log in to the course portal with the e-mail address {email}.\nIf you have forgotten your password, choose «Har du glemt passordet?» ("Forgot your password?") on the login page and enter that address.',
  },
  // A verified account that was never activated: "forgot your password" does not work for it (no
  // password was ever chosen), so the reply names the activation link instead.
  'W1.verified-pending': {
    facts: ['email'],
    nb: 'Vi har funnet kontoen din. Brukernavnet ditt i kursportalen er e-postadressen {email}.\nKontoen er ikke aktivert ennå, for det er aldri valgt et passord til den. Du aktiverer den med en aktiveringslenke, og vi sender deg en ny.',
    nn: 'Vi har funne kontoen din. Brukarnamnet ditt i kursportalen er e-postadressa {email}.\nKontoen er ikkje aktivert enno, for det er aldri valt eit passord til han. Du aktiverer han med ei aktiveringslenkje, og vi sender deg ei ny.',
    en: 'We have found your account. Your user name in the course portal is the e-mail address {email}.\nThe account is not activated yet, as no password has ever been chosen for it. You activate it with an activation link, and we will send you a new one.',
  },
  'W1.likely': {
    facts: ['email'],
    nb: 'Vi har funnet en konto som trolig er din, registrert på {email}. For å være sikre på at kontoen er din, ber vi deg svare fra en e-postadresse du har brukt i kursportalen før, eller oppgi fødselsdatoen din og andre e-postadresser du kan ha brukt (ikke fødselsnummer).',
    nn: 'Vi har funne ein konto som truleg er din, registrert på {email}. For å vere sikre på at kontoen er din, ber vi deg svare frå ei e-postadresse du har brukt i kursportalen før, eller oppgje fødselsdatoen din og andre e-postadresser du kan ha brukt (ikkje fødselsnummer).',
    en: 'We have found an account that is probably yours, registered to {email}. To be sure it is yours, please reply from an e-mail address you have used in the course portal before, or send us your date of birth and any other addresses you may have used (not your national ID number).',
  },
  'W1.likely-dated': {
    facts: ['email'],
    nb: 'Vi har funnet en konto som trolig er din, registrert på {email}. For å være sikre på at kontoen er din, ber vi deg svare fra en e-postadresse du har brukt i kursportalen før, eller sende oss andre e-postadresser du kan ha brukt.',
    nn: 'Vi har funne ein konto som truleg er din, registrert på {email}. For å vere sikre på at kontoen er din, ber vi deg svare frå ei e-postadresse du har brukt i kursportalen før, eller sende oss andre e-postadresser du kan ha brukt.',
    en: 'We have found an account that is probably yours, registered to {email}. To be sure it is yours, please reply from an e-mail address you have used in the course portal before, or send us any other addresses you may have used.',
  },
  'W1.ambiguous': {
    facts: [],
    nb: 'Vi fant flere kontoer som kan passe, og kan ikke se hvilken som er din. Send oss fødselsdatoen din (ikke fødselsnummer), alle e-postadresser du kan ha brukt, og navnet på arbeidsgiveren din, så hjelper vi deg videre.',
    nn: 'Vi fann fleire kontoar som kan passe, og kan ikkje sjå kva for ein som er din. Send oss fødselsdatoen din (ikkje fødselsnummer), alle e-postadresser du kan ha brukt, og namnet på arbeidsgjevaren din, så hjelper vi deg vidare.',
    en: 'We found more than one account that could be yours and cannot tell which one it is. Please send us your date of birth (not your national ID number), every e-mail address you may have used, and the name of your employer, and we will help you further.',
  },
  'W1.ambiguous-dated': {
    facts: [],
    nb: 'Vi fant flere kontoer som kan passe, og kan ikke se hvilken som er din. Send oss alle e-postadresser du kan ha brukt, og navnet på arbeidsgiveren din, så hjelper vi deg videre.',
    nn: 'Vi fann fleire kontoar som kan passe, og kan ikkje sjå kva for ein som er din. Send oss alle e-postadresser du kan ha brukt, og namnet på arbeidsgjevaren din, så hjelper vi deg vidare.',
    en: 'We found more than one account that could be yours and cannot tell which one it is. Please send us every e-mail address you may have used and the name of your employer, and we will help you further.',
  },
  'W1.none': {
    facts: [],
    nb: 'Vi fant ingen konto som passer med opplysningene du sendte. Sjekk at navnet er skrevet slik det står i kursportalen, og send oss gjerne andre e-postadresser du kan ha brukt og fødselsdatoen din (ikke fødselsnummer). Har du aldri registrert deg, kan du opprette en ny konto i kursportalen.',
    nn: 'Vi fann ingen konto som passar med opplysningane du sende. Sjekk at namnet er skrive slik det står i kursportalen, og send oss gjerne andre e-postadresser du kan ha brukt og fødselsdatoen din (ikkje fødselsnummer). Har du aldri registrert deg, kan du opprette ein ny konto i kursportalen.',
    en: 'We could not find an account matching the details you sent. Please check that your name is spelled as in the course portal, and send us any other e-mail addresses you may have used and your date of birth (not your national ID number). If you have never registered, you can create a new account in the course portal.',
  },
  'W1.one-account': {
    facts: [],
    nb: 'Hver person har bare én konto i kursportalen, og brukernavnet er e-postadressen kontoen ble registrert med. Står det at fødselsnummeret allerede er i bruk når du registrerer deg, betyr det at du har en konto fra før, og at du må logge inn på den. Vi finner den igjen ut fra navnet, fødselsdatoen og e-postadressene du kan ha brukt.',
    nn: 'Kvar person har berre éin konto i kursportalen, og brukarnamnet er e-postadressa kontoen vart registrert med. Står det at fødselsnummeret alt er i bruk når du registrerer deg, tyder det at du har ein konto frå før, og at du må logge inn på han. Vi finn han att ut frå namnet, fødselsdatoen og e-postadressene du kan ha brukt.',
    en: 'Each person has only one account in the course portal, and the user name is the e-mail address it was registered with. If registering says your national ID number is already in use, you already have an account and need to log in to it. We can find it from your name, date of birth and the e-mail addresses you may have used.',
  },

  // Said first whenever registering met "national ID already in use", whatever the search found.
  'W1.id-in-use': {
    facts: [],
    nb: 'At fødselsnummeret allerede er i bruk, betyr at du har en konto i kursportalen fra før. Hver person har bare én konto, så du skal logge inn på den i stedet for å registrere deg på nytt.',
    nn: 'At fødselsnummeret alt er i bruk, tyder at du har ein konto i kursportalen frå før. Kvar person har berre éin konto, så du skal logge inn på han i staden for å registrere deg på nytt.',
    en: 'The message that your national ID number is already in use means you already have an account in the course portal. Each person has only one account, so please log in to it instead of registering again.',
  },

  // ── W2, W3: activation and reset links ───────────────────────────────────────────────────────────
  'links.corrected': {
    facts: ['email'],
    nb: 'E-postadressen på kontoen din var skrevet feil, og derfor nådde ikke e-postene våre deg. Vi har rettet den til {email}; det er også den du logger inn med.',
    nn: 'E-postadressa på kontoen din var skriven feil, og difor nådde ikkje e-postane våre deg. Vi har retta ho til {email}; det er også den du loggar inn med.',
    en: 'The e-mail address on your account was misspelled, which is why our e-mails did not reach you. We have corrected it to {email}, which is also the address you log in with.',
  },
  'links.mailed.activation': {
    facts: ['email', 'lifetime'],
    nb: 'Vi har nå sendt en e-post til {email} med en lenke der du kan aktivere kontoen din og velge et passord. Lenken gjelder i {lifetime} og kan brukes én gang. Har den gått ut før du rekker å bruke den, svarer du bare på denne e-posten.\n\nFinner du ikke e-posten om noen minutter, se i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Vi har no sendt ein e-post til {email} med ei lenkje der du kan aktivere kontoen din og velje eit passord. Lenkja gjeld i {lifetime} og kan brukast éin gong. Har ho gått ut før du rekk å bruke ho, svarar du berre på denne e-posten.\n\nFinn du ikkje e-posten om nokre minutt, sjå i mappa for søppelpost eller uønskt e-post. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'We have just sent an e-mail to {email} with a link where you can activate your account and choose a password. The link works for {lifetime} and only once. If it runs out before you get to it, just reply to this e-mail.\n\nIf the e-mail has not arrived within a few minutes, please look in your spam or junk folder. Earlier links from us no longer work.',
  },
  'links.mailed.reset': {
    facts: ['email', 'lifetime'],
    nb: 'Vi har nå sendt en e-post til {email} med en lenke der du kan velge et nytt passord. Lenken gjelder i {lifetime} og kan brukes én gang. Etter det kan du selv be om en ny med «Har du glemt passordet?» på innloggingssiden.\n\nFinner du ikke e-posten om noen minutter, se i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Vi har no sendt ein e-post til {email} med ei lenkje der du kan velje eit nytt passord. Lenkja gjeld i {lifetime} og kan brukast éin gong. Etter det kan du sjølv be om ei ny med «Har du glemt passordet?» på innloggingssida.\n\nFinn du ikkje e-posten om nokre minutt, sjå i mappa for søppelpost eller uønskt e-post. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'We have just sent an e-mail to {email} with a link where you can choose a new password. The link works for {lifetime} and only once. After that you can ask for a new one yourself with «Har du glemt passordet?» ("Forgot your password?") on the login page.\n\nIf the e-mail has not arrived within a few minutes, please look in your spam or junk folder. Earlier links from us no longer work.',
  },
  // The link's e-mail still in the outbox when the reply is pasted (no mail server, or not sent yet):
  // on its way, not «just sent»; the guided mode tells the agent to send it first.
  'links.queued.activation': {
    facts: ['email', 'lifetime'],
    nb: 'Vi sender deg nå en e-post til {email} med en lenke der du kan aktivere kontoen din og velge et passord. Lenken gjelder i {lifetime} og kan brukes én gang. Har den gått ut før du rekker å bruke den, svarer du bare på denne e-posten.\n\nFinner du ikke e-posten om en stund, se i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Vi sender deg no ein e-post til {email} med ei lenkje der du kan aktivere kontoen din og velje eit passord. Lenkja gjeld i {lifetime} og kan brukast éin gong. Har ho gått ut før du rekk å bruke ho, svarar du berre på denne e-posten.\n\nFinn du ikkje e-posten om ei stund, sjå i mappa for søppelpost eller uønskt e-post. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'We are sending you an e-mail at {email} with a link where you can activate your account and choose a password. The link works for {lifetime} and only once. If it runs out before you get to it, just reply to this e-mail.\n\nIf the e-mail has not arrived in a while, please look in your spam or junk folder. Earlier links from us no longer work.',
  },
  'links.queued.reset': {
    facts: ['email', 'lifetime'],
    nb: 'Vi sender deg nå en e-post til {email} med en lenke der du kan velge et nytt passord. Lenken gjelder i {lifetime} og kan brukes én gang. Etter det kan du selv be om en ny med «Har du glemt passordet?» på innloggingssiden.\n\nFinner du ikke e-posten om en stund, se i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Vi sender deg no ein e-post til {email} med ei lenkje der du kan velje eit nytt passord. Lenkja gjeld i {lifetime} og kan brukast éin gong. Etter det kan du sjølv be om ei ny med «Har du glemt passordet?» på innloggingssida.\n\nFinn du ikkje e-posten om ei stund, sjå i mappa for søppelpost eller uønskt e-post. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'We are sending you an e-mail at {email} with a link where you can choose a new password. The link works for {lifetime} and only once. After that you can ask for a new one yourself with «Har du glemt passordet?» ("Forgot your password?") on the login page.\n\nIf the e-mail has not arrived in a while, please look in your spam or junk folder. Earlier links from us no longer work.',
  },
  // The ticket says the person already looked in the spam folder: the link's paragraph without «look in
  // your spam folder», followed by the FAQ's other checks (links.other-checks).
  'links.sent-lead.activation': {
    facts: ['email', 'lifetime'],
    nb: 'Vi har nå sendt en e-post til {email} med en lenke der du kan aktivere kontoen din og velge et passord. Lenken gjelder i {lifetime} og kan brukes én gang. Har den gått ut før du rekker å bruke den, svarer du bare på denne e-posten.',
    nn: 'Vi har no sendt ein e-post til {email} med ei lenkje der du kan aktivere kontoen din og velje eit passord. Lenkja gjeld i {lifetime} og kan brukast éin gong. Har ho gått ut før du rekk å bruke ho, svarar du berre på denne e-posten.',
    en: 'We have just sent an e-mail to {email} with a link where you can activate your account and choose a password. The link works for {lifetime} and only once. If it runs out before you get to it, just reply to this e-mail.',
  },
  'links.queued-lead.activation': {
    facts: ['email', 'lifetime'],
    nb: 'Vi sender deg nå en e-post til {email} med en lenke der du kan aktivere kontoen din og velge et passord. Lenken gjelder i {lifetime} og kan brukes én gang. Har den gått ut før du rekker å bruke den, svarer du bare på denne e-posten.',
    nn: 'Vi sender deg no ein e-post til {email} med ei lenkje der du kan aktivere kontoen din og velje eit passord. Lenkja gjeld i {lifetime} og kan brukast éin gong. Har ho gått ut før du rekk å bruke ho, svarar du berre på denne e-posten.',
    en: 'We are sending you an e-mail at {email} with a link where you can activate your account and choose a password. The link works for {lifetime} and only once. If it runs out before you get to it, just reply to this e-mail.',
  },
  'links.sent-lead.reset': {
    facts: ['email', 'lifetime'],
    nb: 'Vi har nå sendt en e-post til {email} med en lenke der du kan velge et nytt passord. Lenken gjelder i {lifetime} og kan brukes én gang. Etter det kan du selv be om en ny med «Har du glemt passordet?» på innloggingssiden.',
    nn: 'Vi har no sendt ein e-post til {email} med ei lenkje der du kan velje eit nytt passord. Lenkja gjeld i {lifetime} og kan brukast éin gong. Etter det kan du sjølv be om ei ny med «Har du glemt passordet?» på innloggingssida.',
    en: 'We have just sent an e-mail to {email} with a link where you can choose a new password. The link works for {lifetime} and only once. After that you can ask for a new one yourself with «Har du glemt passordet?» ("Forgot your password?") on the login page.',
  },
  'links.queued-lead.reset': {
    facts: ['email', 'lifetime'],
    nb: 'Vi sender deg nå en e-post til {email} med en lenke der du kan velge et nytt passord. Lenken gjelder i {lifetime} og kan brukes én gang. Etter det kan du selv be om en ny med «Har du glemt passordet?» på innloggingssiden.',
    nn: 'Vi sender deg no ein e-post til {email} med ei lenkje der du kan velje eit nytt passord. Lenkja gjeld i {lifetime} og kan brukast éin gong. Etter det kan du sjølv be om ei ny med «Har du glemt passordet?» på innloggingssida.',
    en: 'We are sending you an e-mail at {email} with a link where you can choose a new password. The link works for {lifetime} and only once. After that you can ask for a new one yourself with «Har du glemt passordet?» ("Forgot your password?") on the login page.',
  },
  'links.other-checks': {
    facts: ['email'],
    nb: 'Du skriver at du allerede har sett i søppelposten. Sjekk da også at e-postadressen {email} er riktig skrevet, og prøv å åpne e-posten og lenken på en PC, gjerne i en annen nettleser (Google Chrome eller Edge). Kan e-posten være stoppet av et e-postfilter hos arbeidsgiveren, kan IT-avdelingen der sjekke det. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Du skriv at du alt har sett i søppelposten. Sjekk då også at e-postadressa {email} er rett skriven, og prøv å opne e-posten og lenkja på ein PC, gjerne i ein annan nettlesar (Google Chrome eller Edge). Kan e-posten vere stoppa av eit e-postfilter hos arbeidsgjevaren, kan IT-avdelinga der sjekke det. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'You write that you have already looked in your spam folder. Please also check that the address {email} is spelled right, and try opening the e-mail and the link on a PC, preferably in another browser (Google Chrome or Edge). If an e-mail filter at your employer may have stopped it, their IT department can check. Earlier links from us no longer work.',
  },
  'links.handed.activation': {
    facts: ['link', 'lifetime', 'email'],
    nb: 'Her er lenken der du kan aktivere kontoen din og velge et passord:\n\n{link}\n\nLenken gjelder i {lifetime} og kan brukes én gang; eldre lenker fra oss virker ikke lenger. Du logger inn med e-postadressen {email}. Del ikke lenken med andre.',
    nn: 'Her er lenkja der du kan aktivere kontoen din og velje eit passord:\n\n{link}\n\nLenkja gjeld i {lifetime} og kan brukast éin gong; eldre lenkjer frå oss verkar ikkje lenger. Du loggar inn med e-postadressa {email}. Del ikkje lenkja med andre.',
    en: 'Here is the link where you can activate your account and choose a password:\n\n{link}\n\nThe link works for {lifetime} and only once; earlier links from us no longer work. You log in with the e-mail address {email}. Please do not share the link with anyone.',
  },
  'links.handed.reset': {
    facts: ['link', 'lifetime', 'email'],
    nb: 'Her er lenken der du kan velge et nytt passord:\n\n{link}\n\nLenken gjelder i {lifetime} og kan brukes én gang; eldre lenker fra oss virker ikke lenger. Du logger inn med e-postadressen {email}. Del ikke lenken med andre.',
    nn: 'Her er lenkja der du kan velje eit nytt passord:\n\n{link}\n\nLenkja gjeld i {lifetime} og kan brukast éin gong; eldre lenkjer frå oss verkar ikkje lenger. Du loggar inn med e-postadressa {email}. Del ikkje lenkja med andre.',
    en: 'Here is the link where you can choose a new password:\n\n{link}\n\nThe link works for {lifetime} and only once; earlier links from us no longer work. You log in with the e-mail address {email}. Please do not share the link with anyone.',
  },
  'W2.checklist': {
    facts: [],
    nb: 'Kommer ikke e-posten for å aktivere kontoen, er det som regel en av disse grunnene: e-postadressen ble skrevet feil ved registreringen, e-posten ligger i søppelposten, eller den er stoppet av et e-postfilter hos arbeidsgiveren. Registrer deg gjerne fra en PC.',
    nn: 'Kjem ikkje e-posten for å aktivere kontoen, er det som regel ein av desse grunnane: e-postadressa vart skriven feil ved registreringa, e-posten ligg i søppelposten, eller han er stoppa av eit e-postfilter hos arbeidsgjevaren. Registrer deg gjerne frå ein PC.',
    en: 'When the e-mail to activate an account does not arrive, it is usually one of these: the address was mistyped when registering, the e-mail is in the spam folder, or an e-mail filter at the employer stopped it. It also helps to register from a PC.',
  },
  'W3.self-service': {
    facts: [],
    nb: 'Har du logget inn før, kan du alltid velge et nytt passord selv: gå til innloggingssiden, velg «logg på» og så «Har du glemt passordet?», og skriv inn e-postadressen du er registrert med. Har du aldri logget inn, må du først aktivere kontoen med lenken vi sendte da du registrerte deg.',
    nn: 'Har du logga inn før, kan du alltid velje eit nytt passord sjølv: gå til innloggingssida, vel «logg på» og så «Har du glemt passordet?», og skriv inn e-postadressa du er registrert med. Har du aldri logga inn, må du først aktivere kontoen med lenkja vi sende då du registrerte deg.',
    en: 'If you have logged in before, you can always choose a new password yourself: go to the login page, choose «logg på» ("log in") and then «Har du glemt passordet?» ("Forgot your password?"), and enter the e-mail address you registered with. If you have never logged in, you first need to activate the account with the link we sent when you registered.',
  },

  // ── logging in: the FAQ's answers that need no change (replies list --topic login) ─────────────
  'login.how-to': {
    facts: [],
    nb: 'Brukernavnet ditt i kursportalen er e-postadressen du registrerte deg med; logg inn med den og passordet ditt. Har du aldri logget inn, må du først velge et passord med lenken i e-posten du fikk da du registrerte deg. Husker du ikke hvilken adresse du brukte, svar oss med fullt navn, fødselsdato (ikke fødselsnummer) og e-postadressene du kan ha brukt.',
    nn: 'Brukarnamnet ditt i kursportalen er e-postadressa du registrerte deg med; logg inn med ho og passordet ditt. Har du aldri logga inn, må du først velje eit passord med lenkja i e-posten du fekk då du registrerte deg. Hugsar du ikkje kva adresse du brukte, svar oss med fullt namn, fødselsdato (ikkje fødselsnummer) og e-postadressene du kan ha brukt.',
    en: 'Your user name in the course portal is the e-mail address you registered with; log in with it and your password. If you have never logged in, first choose a password with the link in the e-mail you got when you registered. If you do not remember which address you used, reply with your full name, date of birth (not your national ID number) and the addresses you may have used.',
  },
  'login.change-password': {
    facts: [],
    nb: 'Passordet endrer du selv: logg inn med e-postadressen og passordet ditt, klikk «Endre passord» i feltet «Din konto» nederst til høyre, og avslutt med «Oppdater» nederst til høyre. Husker du ikke passordet, velg «Har du glemt passordet?» på innloggingssiden.',
    nn: 'Passordet endrar du sjølv: logg inn med e-postadressa og passordet ditt, klikk «Endre passord» i feltet «Din konto» nedst til høgre, og avslutt med «Oppdater» nedst til høgre. Hugsar du ikkje passordet, vel «Har du glemt passordet?» på innloggingssida.',
    en: 'You change your password yourself: log in with your e-mail address and password, click «Endre passord» ("Change password") in the box called «Din konto» ("Your account") at the bottom right, and finish with «Oppdater» ("Update") at the bottom right. If you do not remember the password, choose «Har du glemt passordet?» ("Forgot your password?") on the login page.',
  },
  'login.technical': {
    facts: [],
    nb: 'Får du en feilmelding eller kommer ikke inn selv om e-postadressen og passordet er riktige, er det et teknisk problem med innloggingen; kontakt Munio support, som hjelper med det. Husker du ikke passordet, velg «Har du glemt passordet?» på innloggingssiden.',
    nn: 'Får du ei feilmelding eller kjem ikkje inn sjølv om e-postadressa og passordet er rette, er det eit teknisk problem med innlogginga; kontakt Munio support, som hjelper med det. Hugsar du ikkje passordet, vel «Har du glemt passordet?» på innloggingssida.',
    en: 'If you get an error message or cannot get in although your e-mail address and password are right, it is a technical problem with logging in; Munio support helps with that. If you do not remember the password, choose «Har du glemt passordet?» ("Forgot your password?") on the login page.',
  },

  // ── W4: a new login e-mail ───────────────────────────────────────────────────────────────────────
  'W4.changed': {
    facts: ['email'],
    nb: 'Vi har endret e-postadressen du logger inn med til {email}. Den gamle adressen er tatt vare på i historikken, men virker ikke lenger som brukernavn. Velg «Har du glemt passordet?» på innloggingssiden og skriv inn den nye adressen for å lage et nytt passord. Når du er logget inn, husk å se over brukerinformasjonen din under «Din konto»; har du fått ny arbeidsgiver, velger du «Oppdater arbeidsgiver» der.',
    nn: 'Vi har endra e-postadressa du loggar inn med til {email}. Den gamle adressa er teken vare på i historikken, men verkar ikkje lenger som brukarnamn. Vel «Har du glemt passordet?» på innloggingssida og skriv inn den nye adressa for å lage eit nytt passord. Når du er logga inn, hugs å sjå over brukarinformasjonen din under «Din konto»; har du fått ny arbeidsgjevar, vel du «Oppdater arbeidsgiver» der.',
    en: 'We have changed the e-mail address you log in with to {email}. The old address is kept in the history but no longer works as your user name. To make a new password, choose «Har du glemt passordet?» ("Forgot your password?") on the login page and enter the new address. Once you are logged in, remember to check your user details under «Din konto» ("Your account"); if you have a new employer, choose «Oppdater arbeidsgiver» ("Update employer") there.',
  },
  // The login of an account never activated (W2: a mistyped address on file): no password to reset yet.
  // The login changed in the same flow as a move to a new employer: the move is said in the same reply,
  // so no «if you have a new employer, choose Oppdater arbeidsgiver».
  'W4.changed-moved': {
    facts: ['email'],
    nb: 'Vi har også endret e-postadressen du logger inn med til {email}. Den gamle adressen er tatt vare på i historikken, men virker ikke lenger som brukernavn. Velg «Har du glemt passordet?» på innloggingssiden og skriv inn den nye adressen for å lage et nytt passord.',
    nn: 'Vi har også endra e-postadressa du loggar inn med til {email}. Den gamle adressa er teken vare på i historikken, men verkar ikkje lenger som brukarnamn. Vel «Har du glemt passordet?» på innloggingssida og skriv inn den nye adressa for å lage eit nytt passord.',
    en: 'We have also changed the e-mail address you log in with to {email}. The old address is kept in the history but no longer works as your user name. To make a new password, choose «Har du glemt passordet?» ("Forgot your password?") on the login page and enter the new address.',
  },
  'W4.changed-pending': {
    facts: ['email'],
    nb: 'Vi har endret e-postadressen kontoen din er registrert med til {email}. Kontoen er ikke aktivert ennå: du får en egen e-post med lenken der du aktiverer den og velger passord.',
    nn: 'Vi har endra e-postadressa kontoen din er registrert med til {email}. Kontoen er ikkje aktivert enno: du får ein eigen e-post med lenkja der du aktiverer han og vel passord.',
    en: 'We have changed the e-mail address your account is registered with to {email}. The account has not been activated yet: you will get a separate e-mail with the link where you activate it and choose a password.',
  },
  'W4.self-service': {
    facts: [],
    nb: 'Husker du passordet, kan du fortsatt logge inn med den gamle e-postadressen og endre den selv under «Din konto». Har du tilgang til den gamle e-posten, kan du bruke «Har du glemt passordet?». Har du verken passordet eller den gamle e-posten, hjelper vi deg når vi har bekreftet hvem du er.',
    nn: 'Hugsar du passordet, kan du framleis logge inn med den gamle e-postadressa og endre ho sjølv under «Din konto». Har du tilgang til den gamle e-posten, kan du bruke «Har du glemt passordet?». Har du verken passordet eller den gamle e-posten, hjelper vi deg når vi har stadfesta kven du er.',
    en: 'If you remember your password, you can still log in with the old address and change it yourself under «Din konto» ("Your account"). If you can still read the old mailbox, you can use «Har du glemt passordet?» ("Forgot your password?") to get a new password. If you have neither the password nor the old mailbox, we will help you once we have confirmed who you are.',
  },

  // ── W5, W6: a new employer ───────────────────────────────────────────────────────────────────────
  'W5.moved': {
    facts: ['company'],
    nb: 'Vi har registrert {company} som arbeidsgiveren din i kursportalen. Betalingskurs du bestiller fra nå av, faktureres dit.',
    nn: 'Vi har registrert {company} som arbeidsgjevaren din i kursportalen. Betalingskurs du tingar frå no av, vert fakturerte dit.',
    en: 'We have registered {company} as your employer in the course portal. Paid courses you book from now on are invoiced to them.',
  },
  'W5.reinvoiced': {
    facts: ['count'],
    nb: 'Påmeldingene dine til kurs som ikke har startet ennå ({count} i alt), faktureres også den nye arbeidsgiveren.',
    nn: 'Påmeldingane dine til kurs som ikkje har starta enno ({count} i alt), vert òg fakturerte den nye arbeidsgjevaren.',
    en: 'Your bookings on courses that have not started yet ({count} in all) are also invoiced to the new employer.',
  },
  'W5.old-domain': {
    facts: ['email'],
    nb: 'Du logger fortsatt inn med {email}, som er en adresse hos den forrige arbeidsgiveren. Mister du den postkassen, kommer du ikke inn. Bytt den selv under «Basisinformasjon» når du er logget inn (avslutt med «Oppdater»), eller send oss en adresse du beholder, så bytter vi.',
    nn: 'Du loggar framleis inn med {email}, som er ei adresse hos den førre arbeidsgjevaren. Mistar du den postkassa, kjem du ikkje inn. Byt ho sjølv under «Basisinformasjon» når du er logga inn (avslutt med «Oppdater»), eller send oss ei adresse du held på, så byter vi.',
    en: 'You still log in with {email}, an address at your former employer. If you lose that mailbox you cannot log in. Once logged in, you can change it yourself under «Basisinformasjon» ("Basic information") and finish with «Oppdater» ("Update"); or send us an address you will keep and we will change it for you.',
  },
  'W5.self-service': {
    facts: [],
    nb: 'Du kan bytte arbeidsgiver selv: logg inn, velg «Oppdater arbeidsgiver» under «Din konto», og legg eventuelt inn arbeidsgiverens referanse i feltet «Referansenummer for fakturering». Er e-postadressen din fra den gamle arbeidsgiveren, bytt den også (under «Basisinformasjon»). Avslutt med «Oppdater».',
    nn: 'Du kan byte arbeidsgjevar sjølv: logg inn, vel «Oppdater arbeidsgiver» under «Din konto», og legg eventuelt inn referansen til arbeidsgjevaren i feltet «Referansenummer for fakturering». Er e-postadressa di frå den gamle arbeidsgjevaren, byt ho òg (under «Basisinformasjon»). Avslutt med «Oppdater».',
    en: 'You can change employer yourself: log in, choose «Oppdater arbeidsgiver» ("Update employer") in the «Din konto» ("Your account") box, and if your employer uses an invoice reference, enter it in the field «Referansenummer for fakturering». If your e-mail address is from the old employer, change it too, under «Basisinformasjon» ("Basic information"). Finish with «Oppdater» ("Update").',
  },
  'W5.already': {
    facts: ['company'],
    nb: 'I kursportalen er {company} allerede registrert som arbeidsgiveren din, så her trenger du ikke gjøre noe.',
    nn: 'I kursportalen er {company} alt registrert som arbeidsgjevaren din, så her treng du ikkje gjere noko.',
    en: 'The course portal already has {company} as your employer, so there is nothing you need to do.',
  },
  'W5.not-customer': {
    facts: ['company'],
    nb: '{company} er ikke registrert som kunde hos oss ennå, og derfor finner du ikke firmaet i listen. Arbeidsgiveren din må først opprette et kundeforhold: be dem sende organisasjonsnummer, firmanavn, fakturaadresse (hvis den er en annen enn i Brønnøysundregistrene), e-post for faktura (hvis de ikke er i ELMA) og en kontaktperson til regnskap@banenor.no. Når firmaet er registrert, flytter vi deg dit.',
    nn: '{company} er ikkje registrert som kunde hos oss enno, og difor finn du ikkje firmaet i lista. Arbeidsgjevaren din må først opprette eit kundeforhold: be dei sende organisasjonsnummer, firmanamn, fakturaadresse (dersom ho er ei anna enn i Brønnøysundregistera), e-post for faktura (dersom dei ikkje er i ELMA) og ein kontaktperson til regnskap@banenor.no. Når firmaet er registrert, flyttar vi deg dit.',
    en: '{company} is not registered as a customer yet, which is why you cannot find it in the list. Your employer must first become a customer: ask them to send the organisation number, company name, invoice address (if it differs from the Brønnøysund register), an invoice e-mail (if they are not in ELMA) and a contact person to regnskap@banenor.no. Once the company is registered, we will move you there.',
  },
  'W6.received': {
    facts: [],
    nb: 'Vi flytter gjerne de ansatte over til det nye firmaet samlet, så slipper hver enkelt å gjøre det selv. Det nye firmaet må være registrert som kunde hos oss.',
    nn: 'Vi flyttar gjerne dei tilsette over til det nye firmaet samla, så slepp kvar enkelt å gjere det sjølv. Det nye firmaet må vere registrert som kunde hos oss.',
    en: 'We are happy to move the employees to the new company in one go, so that nobody has to do it themselves. The new company must be registered as our customer.',
  },

  // ── W7, W8, W9: companies and the registers ──────────────────────────────────────────────────────
  'W7.registered': {
    facts: ['company', 'orgNumber', 'invoicing'],
    nb: '{company} (org.nr. {orgNumber}) er nå registrert som kunde i kursportalen. De ansatte kan velge bedriften som arbeidsgiver når de registrerer seg, eller med «Oppdater arbeidsgiver» under «Din konto» når de er logget inn.\n\n{invoicing} Gi oss beskjed hvis noe av dette skal endres.',
    nn: '{company} (org.nr. {orgNumber}) er no registrert som kunde i kursportalen. Dei tilsette kan velje verksemda som arbeidsgjevar når dei registrerer seg, eller med «Oppdater arbeidsgiver» under «Din konto» når dei er logga inn.\n\n{invoicing} Gje oss beskjed dersom noko av dette skal endrast.',
    en: '{company} (organisation number {orgNumber}) is now registered as a customer of the course portal. Your employees can choose the company as their employer when they register, or, once logged in, with «Oppdater arbeidsgiver» ("Update employer") under «Din konto» ("Your account").\n\n{invoicing} Let us know if any of this should change.',
  },
  'W7.already': {
    facts: ['company', 'orgNumber', 'invoicing'],
    nb: '{company} (org.nr. {orgNumber}) er allerede registrert som kunde i kursportalen, så de ansatte kan velge bedriften som arbeidsgiver allerede nå. Finner de den ikke i listen, kan de søke på organisasjonsnummeret.\n\n{invoicing} Skal fakturaopplysningene endres, svar på denne e-posten med de nye opplysningene.',
    nn: '{company} (org.nr. {orgNumber}) er alt registrert som kunde i kursportalen, så dei tilsette kan velje verksemda som arbeidsgjevar alt no. Finn dei ho ikkje i lista, kan dei søkje på organisasjonsnummeret.\n\n{invoicing} Skal fakturaopplysningane endrast, svar på denne e-posten med dei nye opplysningane.',
    en: '{company} (organisation number {orgNumber}) is already a customer of the course portal, so your employees can choose it as their employer right away. If they cannot find it in the list, they can search by the organisation number.\n\n{invoicing} If the invoicing details should change, reply to this e-mail with the new ones.',
  },
  'W7.invoice-email': {
    facts: ['email'],
    nb: 'Fakturaer for betalte kurs sendes på e-post til {email}',
    nn: 'Fakturaer for betalte kurs vert sende på e-post til {email}',
    en: 'Invoices for paid courses will be sent by e-mail to {email}',
  },
  'W7.invoice-ehf': {
    facts: [],
    nb: 'Fakturaer for betalte kurs sendes som elektronisk faktura (EHF)',
    nn: 'Fakturaer for betalte kurs vert sende som elektronisk faktura (EHF)',
    en: 'Invoices for paid courses will be sent as e-invoices (EHF)',
  },
  'W7.invoice-address': {
    facts: ['address'],
    nb: ', med fakturaadresse {address}',
    nn: ', med fakturaadresse {address}',
    en: ', addressed to {address}',
  },
  // The FAQ answers the person who registers ("Finner du ikke firma ditt …") and names accounting's
  // address; a learner who writes often lacks the invoice details, so the employer is named as their source.
  'W7.how-to': {
    facts: [],
    nb: 'Finner du ikke firmaet i listen når du registrerer deg, er det ikke kunde hos oss ennå. Vi registrerer det gjerne når vi har opplysningene nedenfor; de kan også sendes direkte til regnskap@banenor.no. Har du dem ikke selv, be arbeidsgiveren din om dem.',
    nn: 'Finn du ikkje firmaet i lista når du registrerer deg, er det ikkje kunde hos oss enno. Vi registrerer det gjerne når vi har opplysningane nedanfor; dei kan også sendast direkte til regnskap@banenor.no. Har du dei ikkje sjølv, be arbeidsgjevaren din om dei.',
    en: 'If you cannot find the company in the list when you register, it is not our customer yet. We are glad to register it once we have the details below; they can also be sent straight to regnskap@banenor.no. If you do not have them yourself, ask your employer for them.',
  },
  // A learner whose employer is no customer (W7 with an org number): the learner cannot give the
  // company's details, so the reply says what the employer must send, to whom, as the FAQ does.
  'W7.learner-not-customer': {
    facts: ['company', 'orgNumber'],
    nb: '{company} (org.nr. {orgNumber}) er ikke kunde hos oss ennå, og derfor finner du ikke firmaet i listen. Det er arbeidsgiveren din som må bli kunde: be dem sende en e-post til regnskap@banenor.no med organisasjonsnummer, firmanavn, fakturaadresse (hvis den er en annen enn forretningsadressen i Brønnøysundregistrene), e-postadresse for faktura (hvis firmaet ikke er registrert i ELMA) og en kontaktperson. Når firmaet er registrert, kan du velge det i listen.',
    nn: '{company} (org.nr. {orgNumber}) er ikkje kunde hos oss enno, og difor finn du ikkje firmaet i lista. Det er arbeidsgjevaren din som må bli kunde: be dei sende ein e-post til regnskap@banenor.no med organisasjonsnummer, firmanamn, fakturaadresse (dersom ho er ei anna enn forretningsadressa i Brønnøysundregistera), e-postadresse for faktura (dersom firmaet ikkje er registrert i ELMA) og ein kontaktperson. Når firmaet er registrert, kan du velje det i lista.',
    en: '{company} (organisation number {orgNumber}) is not our customer yet, which is why you cannot find it in the list. It is your employer who must become a customer: ask them to e-mail regnskap@banenor.no with the organisation number, company name, invoice address (if it differs from the business address in the Brønnøysund register), an e-mail address for invoices (if the company is not registered in ELMA) and a contact person. Once the company is registered, you can choose it in the list.',
  },
  'W7.learner-no-elma': {
    facts: [],
    nb: 'Firmaet står ikke i ELMA og kan ikke ta imot elektronisk faktura, så de må ta med en e-postadresse for fakturaer.',
    nn: 'Firmaet står ikkje i ELMA og kan ikkje ta imot elektronisk faktura, så dei må ta med ei e-postadresse for fakturaer.',
    en: 'The company is not in ELMA and cannot receive e-invoices, so they must include an e-mail address for invoices.',
  },
  'W8.received': {
    facts: ['count'],
    nb: 'Takk for listen. Vi har lest inn {count} nye kunder; de ansatte kan velge dem som arbeidsgiver fra nå av. Rader vi ikke kunne lese, kommer vi tilbake til.',
    nn: 'Takk for lista. Vi har lese inn {count} nye kundar; dei tilsette kan velje dei som arbeidsgjevar frå no av. Rader vi ikkje kunne lese, kjem vi attende til.',
    en: 'Thank you for the list. We have imported {count} new customers; their employees can choose them as employer from now on. We will come back to any rows we could not read.',
  },
  'W9.in-register': {
    facts: ['company', 'orgNumber'],
    nb: 'Organisasjonsnummer {orgNumber} er registrert i Brønnøysundregistrene som {company}.',
    nn: 'Organisasjonsnummer {orgNumber} er registrert i Brønnøysundregistera som {company}.',
    en: 'Organisation number {orgNumber} is registered in the Brønnøysund Register Centre as {company}.',
  },
  'W9.not-in-register': {
    facts: ['orgNumber'],
    nb: 'Vi finner ikke organisasjonsnummer {orgNumber} i Brønnøysundregistrene. Sjekk gjerne at nummeret er riktig.',
    nn: 'Vi finn ikkje organisasjonsnummer {orgNumber} i Brønnøysundregistera. Sjekk gjerne at nummeret er rett.',
    en: 'We cannot find organisation number {orgNumber} in the Brønnøysund Register Centre. Please check that the number is right.',
  },
  'W9.elma': {
    facts: [],
    nb: 'Firmaet kan ta imot elektronisk faktura (det er registrert i ELMA), så vi trenger ingen e-postadresse for faktura.',
    nn: 'Firmaet kan ta imot elektronisk faktura (det er registrert i ELMA), så vi treng inga e-postadresse for faktura.',
    en: 'The company can receive e-invoices (it is registered in ELMA), so we need no invoice e-mail address.',
  },
  'W9.no-elma': {
    facts: [],
    nb: 'Firmaet er ikke registrert i ELMA og kan derfor ikke ta imot elektronisk faktura; vi trenger en e-postadresse for fakturaer.',
    nn: 'Firmaet er ikkje registrert i ELMA og kan difor ikkje ta imot elektronisk faktura; vi treng ei e-postadresse for fakturaer.',
    en: 'The company is not registered in ELMA and so cannot receive e-invoices; we need an e-mail address for invoices.',
  },

  // ── W10: account type ────────────────────────────────────────────────────────────────────────────
  'W10.full': {
    facts: ['company'],
    nb: 'Kontoen din er nå endret til «Full kurskatalog», og du ser hele kurskatalogen. Betalingskurs du bestiller, faktureres {company}.',
    nn: 'Kontoen din er no endra til «Full kurskatalog», og du ser heile kurskatalogen. Betalingskurs du tingar, vert fakturerte {company}.',
    en: 'Your account has been changed to «Full kurskatalog» ("Full course catalogue"), and you now see the whole catalogue. Paid courses you book are invoiced to {company}.',
  },
  'W10.driver': {
    facts: ['company'],
    nb: 'Kontoen din er nå endret til «Opplæring for førere», og du ser kursene i føreropplæringen. Betalingskurs faktureres {company}.',
    nn: 'Kontoen din er no endra til «Opplæring for førere», og du ser kursa i føraropplæringa. Betalingskurs vert fakturerte {company}.',
    en: 'Your account has been changed to «Opplæring for førere» ("Driver training"), and you now see the courses of the train-driver training. Paid courses are invoiced to {company}.',
  },
  'W10.free': {
    facts: [],
    nb: 'Kontoen din er nå endret til «Gratis e-læring». Du ser de gratis kursene, som sikkerhetskursene, men ikke betalingskursene.',
    nn: 'Kontoen din er no endra til «Gratis e-læring». Du ser dei gratis kursa, som tryggleikskursa, men ikkje betalingskursa.',
    en: 'Your account has been changed to «Gratis e-læring» ("Free e-learning"). You see the free courses, such as the safety courses, but not the paid ones.',
  },
  'W10.cancelled': {
    facts: ['list'],
    nb: 'Disse påmeldingene er avbestilt, fordi kontotypen ikke gir tilgang til dem:\n{list}',
    nn: 'Desse påmeldingane er avbestilte, fordi kontotypen ikkje gjev tilgang til dei:\n{list}',
    en: 'These bookings have been cancelled, as the account type does not give access to them:\n{list}',
  },
  'W10.already-full': {
    facts: [],
    nb: 'Kontoen din har allerede typen «Full kurskatalog», så du skal se hele kurskatalogen. Finner du likevel ikke kurset, send oss kurskoden, så ser vi på det.',
    nn: 'Kontoen din har alt typen «Full kurskatalog», så du skal sjå heile kurskatalogen. Finn du likevel ikkje kurset, send oss kurskoden, så ser vi på det.',
    en: 'Your account already has the type «Full kurskatalog» ("Full course catalogue"), so you should see the whole catalogue. If you still cannot find a course, send us its code and we will look into it.',
  },
  'W10.already-driver': {
    facts: [],
    nb: 'Kontoen din har allerede typen «Opplæring for førere», så du skal se kursene i føreropplæringen. Finner du likevel ikke kurset, send oss kurskoden, så ser vi på det.',
    nn: 'Kontoen din har alt typen «Opplæring for førere», så du skal sjå kursa i føraropplæringa. Finn du likevel ikkje kurset, send oss kurskoden, så ser vi på det.',
    en: 'Your account already has the type «Opplæring for førere» ("Driver training"), so you should see the courses of the train-driver training. If you still cannot find a course, send us its code and we will look into it.',
  },
  'W10.self-service': {
    facts: [],
    nb: 'Du kan bytte kontotype selv: logg inn, velg «Oppdater brukerkonto» under «Din konto», klikk på typen du vil ha, fyll inn feltene den krever og avslutt med «Oppdater». «Full kurskatalog» trenger en arbeidsgiver som kursene faktureres, og «Opplæring for førere» trenger opplysningene om føreropplæringen.',
    nn: 'Du kan byte kontotype sjølv: logg inn, vel «Oppdater brukerkonto» under «Din konto», klikk på typen du vil ha, fyll inn felta han krev og avslutt med «Oppdater». «Full kurskatalog» treng ein arbeidsgjevar som kursa vert fakturerte, og «Opplæring for førere» treng opplysningane om føraropplæringa.',
    en: 'You can change the account type yourself: log in, choose «Oppdater brukerkonto» ("Update user account") in the «Din konto» ("Your account") box, click the type you want, fill in the fields it asks for and finish with «Oppdater» ("Update"). «Full kurskatalog» ("Full course catalogue") needs an employer to invoice the courses to, and «Opplæring for førere» ("Driver training") needs the details of your driver training.',
  },

  // ── W11: HMS card ────────────────────────────────────────────────────────────────────────────────
  'W11.recorded': {
    facts: ['card', 'due'],
    nb: 'Vi har registrert det nye HMS-kortet ditt ({card}) i kursportalen. Kortet må fornyes innen {due}; da må du oppdatere nummeret igjen. Det gjør du selv under «Min profil» og «Personlig informasjon» (trykk på blyanten).',
    nn: 'Vi har registrert det nye HMS-kortet ditt ({card}) i kursportalen. Kortet må fornyast innan {due}; då må du oppdatere nummeret att. Det gjer du sjølv under «Min profil» og «Personlig informasjon» (trykk på blyanten).',
    en: 'We have recorded your new HMS card ({card}) in the course portal. The card is due for renewal by {due}; you will need to update the number again then. You can do that yourself under «Min profil» ("My profile") and «Personlig informasjon» ("Personal information"): click the pencil to edit.',
  },
  'W11.self-service': {
    facts: [],
    nb: 'Du får nytt HMS-kort annethvert år, og det er ditt ansvar å oppdatere nummeret. Det gjør du selv: logg inn, velg «Min profil», gå til «Personlig informasjon», trykk på blyanten, skriv inn det nye kortnummeret og lagre.',
    nn: 'Du får nytt HMS-kort annakvart år, og det er ditt ansvar å oppdatere nummeret. Det gjer du sjølv: logg inn, vel «Min profil», gå til «Personlig informasjon», trykk på blyanten, skriv inn det nye kortnummeret og lagre.',
    en: 'You get a new HMS card every second year, and keeping the number up to date is your responsibility. You can do it yourself: log in, choose «Min profil» ("My profile"), go to «Personlig informasjon» ("Personal information"), click the pencil, enter the new card number and save.',
  },

  // ── W12: a course the learner cannot find ───────────────────────────────────────────────────────
  'W12.visible': {
    facts: ['course', 'code'],
    nb: 'Kurset {course} skal være synlig for deg i kurskatalogen, og du kan melde deg på. Søk gjerne på kurskoden {code}. Finner du det fortsatt ikke, send oss et skjermbilde av kurskatalogen.',
    nn: 'Kurset {course} skal vere synleg for deg i kurskatalogen, og du kan melde deg på. Søk gjerne på kurskoden {code}. Finn du det framleis ikkje, send oss eit skjermbilete av kurskatalogen.',
    en: 'The course {course} should be visible to you in the catalogue, and you can enrol. Try searching for the course code {code}. If you still cannot find it, send us a screenshot of the catalogue.',
  },
  'W12.inactive': {
    facts: ['course'],
    nb: 'Kurset {course} tilbys ikke lenger, og derfor finner du det ikke i kurskatalogen.',
    nn: 'Kurset {course} vert ikkje tilbode lenger, og difor finn du det ikkje i kurskatalogen.',
    en: 'The course {course} is no longer offered, which is why you cannot find it in the catalogue.',
  },
  'W12.paid': {
    facts: ['course'],
    nb: '{course} er et betalingskurs. Kontoen din er en gratiskonto, og betalingskurs som dette vises ikke for gratisbrukere. For å se og bestille betalingskurs må kontoen endres til «Full kurskatalog», og kurset faktureres da arbeidsgiveren din. Det kan du gjøre selv: logg inn, velg «Oppdater brukerkonto» under «Din konto», klikk på «Full kurskatalog», fyll inn feltene og avslutt med «Oppdater». Du kan også sende oss navnet og organisasjonsnummeret til arbeidsgiveren (og referansenummeret for fakturering, hvis arbeidsgiveren bruker et), så endrer vi kontoen.',
    nn: '{course} er eit betalingskurs. Kontoen din er ein gratiskonto, og betalingskurs som dette vert ikkje viste for gratisbrukarar. For å sjå og tinge betalingskurs må kontoen endrast til «Full kurskatalog», og kurset vert då fakturert arbeidsgjevaren din. Det kan du gjere sjølv: logg inn, vel «Oppdater brukerkonto» under «Din konto», klikk på «Full kurskatalog», fyll inn felta og avslutt med «Oppdater». Du kan også sende oss namnet og organisasjonsnummeret til arbeidsgjevaren (og referansenummeret for fakturering, dersom arbeidsgjevaren brukar eit), så endrar vi kontoen.',
    en: '{course} is a paid course. Your account is a free account, and paid courses like this one are not shown to free users. To see and book paid courses the account must be changed to «Full kurskatalog» ("Full course catalogue"), and the course is then invoiced to your employer. You can do that yourself: log in, choose «Oppdater brukerkonto» ("Update user account") under «Din konto» ("Your account"), click «Full kurskatalog», fill in the fields and finish with «Oppdater» ("Update"). Or send us your employer\'s name and organisation number (and the invoice reference number, if your employer uses one), and we will change the account.',
  },
  'W12.driver': {
    facts: ['course'],
    nb: '{course} er en del av førerutdanningen og vises bare for førerkontoer. Skal du ha føreropplæring, kan du bytte selv: logg inn, velg «Oppdater brukerkonto» under «Din konto», klikk på «Opplæring for førere», fyll inn opplysningene om førere og avslutt med «Oppdater». Du kan også svare oss med opplysningene om utdanningen din, så endrer vi kontotypen.',
    nn: '{course} er ein del av førarutdanninga og vert berre vist for førarkontoar. Skal du ha føraropplæring, kan du byte sjølv: logg inn, vel «Oppdater brukerkonto» under «Din konto», klikk på «Opplæring for førere», fyll inn opplysningane om førarar og avslutt med «Oppdater». Du kan også svare oss med opplysningane om utdanninga di, så endrar vi kontotypen.',
    en: '{course} is part of the train-driver training and is shown only to driver accounts. If you are in train-driver training, you can switch yourself: log in, choose «Oppdater brukerkonto» ("Update user account") under «Din konto» ("Your account"), click «Opplæring for førere» ("Driver training"), fill in the driver details and finish with «Oppdater» ("Update"). Or reply with the details of your training and we will change the account type.',
  },
  'W12.type': {
    facts: ['course'],
    nb: '{course} vises ikke for din kontotype.',
    nn: '{course} vert ikkje vist for kontotypen din.',
    en: '{course} is not shown to your type of account.',
  },
  'W12.not-activated': {
    facts: [],
    nb: 'Kontoen din er ikke aktivert ennå, så du kan ikke logge inn og melde deg på. Da du registrerte deg, fikk du en e-post med en lenke der du velger passord; se også i søppelposten. Finner du den ikke, svar på denne e-posten, så sender vi deg en ny lenke.',
    nn: 'Kontoen din er ikkje aktivert enno, så du kan ikkje logge inn og melde deg på. Då du registrerte deg, fekk du ein e-post med ei lenkje der du vel passord; sjå også i søppelposten. Finn du han ikkje, svar på denne e-posten, så sender vi deg ei ny lenkje.',
    en: 'Your account has not been activated yet, so you cannot log in and enrol. When you registered you got an e-mail with a link where you choose a password; please look in your spam folder too. If you cannot find it, reply to this e-mail and we will send you a new link.',
  },
  'W12.passed-until': {
    facts: ['course', 'until'],
    nb: 'Du har allerede bestått {course}, og kompetansen gjelder til {until}. Derfor kan du ikke melde deg på nå; ta repetisjonen før den datoen.',
    nn: 'Du har alt bestått {course}, og kompetansen gjeld til {until}. Difor kan du ikkje melde deg på no; ta repetisjonen før den datoen.',
    en: 'You have already passed {course}, and the qualification is valid until {until}. That is why you cannot enrol now; take the refresher before that date.',
  },
  'W12.passed': {
    facts: ['course'],
    nb: 'Du har allerede bestått {course}, og kurset trenger ikke tas på nytt.',
    nn: 'Du har alt bestått {course}, og kurset treng ikkje takast på nytt.',
    en: 'You have already passed {course}, and it does not need to be taken again.',
  },
  'W12.booked': {
    facts: ['course'],
    nb: 'Du er allerede påmeldt {course}, så du trenger ikke melde deg på igjen.',
    nn: 'Du er alt påmeld {course}, så du treng ikkje melde deg på att.',
    en: 'You are already booked on {course}, so there is no need to book again.',
  },
  'W12.booked-waitlist': {
    facts: ['course'],
    nb: 'Du står allerede på ventelisten til {course}. Blir en plass ledig, får du den automatisk, og du får beskjed når du er påmeldt.',
    nn: 'Du står alt på ventelista til {course}. Vert ein plass ledig, får du han automatisk, og du får beskjed når du er påmeld.',
    en: 'You are already on the waitlist for {course}. If a seat becomes free it goes to you automatically, and you will be told when you are booked.',
  },
  'W12.no-unit': {
    facts: ['course'],
    nb: 'Det er ingen planlagte datoer for {course} nå. Du kan be om en ny dato selv ved å klikke på «Be om ny kursenhet» på kurset, eller svare oss med hvilket sted som passer best, så melder vi ønsket videre til dem som planlegger kursene. Kurskalenderen oppdateres fortløpende når nye datoer blir satt opp.',
    nn: 'Det er ingen planlagde datoar for {course} no. Du kan be om ein ny dato sjølv ved å klikke på «Be om ny kursenhet» på kurset, eller svare oss med kva stad som passar best, så melder vi ønsket vidare til dei som planlegg kursa. Kurskalenderen vert oppdatert fortløpande når nye datoar vert sette opp.',
    en: 'There are no scheduled dates for {course} at the moment. You can ask for a new date yourself by clicking «Be om ny kursenhet» ("Request a new course unit") on the course, or reply with the place that suits you best and we will pass your wish on to the people who plan the courses. The course calendar is updated as soon as new dates are set.',
  },
  'W12.all-full': {
    facts: ['course'],
    nb: 'Alle datoene for {course} er fulle. Du kan melde deg på ventelisten; blir en plass ledig, får du den automatisk og en e-post om det.',
    nn: 'Alle datoane for {course} er fulle. Du kan melde deg på ventelista; vert ein plass ledig, får du han automatisk og ein e-post om det.',
    en: 'Every date for {course} is full. You can join the waitlist; if a seat becomes free, it goes to you automatically and you get an e-mail.',
  },
  'W12.search-tips': {
    facts: [],
    nb: 'I kursportalen kan du søke etter kurset i feltet «Hva vil du LÆRE i dag?» på startsiden, eller velge «Bla gjennom alle kurs» og «Alle kategorier». Noen kurs koster penger og vises ikke for gratisbrukere; da må kontoen endres til «Full kurskatalog».',
    nn: 'I kursportalen kan du søkje etter kurset i feltet «Hva vil du LÆRE i dag?» på startsida, eller velje «Bla gjennom alle kurs» og «Alle kategorier». Nokre kurs kostar pengar og vert ikkje viste for gratisbrukarar; då må kontoen endrast til «Full kurskatalog».',
    en: 'In the course portal you can search for the course in the field «Hva vil du LÆRE i dag?» ("What do you want to LEARN today?") on the front page, or choose «Bla gjennom alle kurs» ("Browse all courses") and then «Alle kategorier» ("All categories"). Some courses cost money and are not shown to free users; the account must then be changed to «Full kurskatalog» ("Full course catalogue").',
  },

  // ── W13: seats, waitlists and new dates ──────────────────────────────────────────────────────────
  'W13.enrolled': {
    facts: ['course', 'when', 'place'],
    nb: 'Du er nå påmeldt {course} med oppstart {when} i {place}. I kursbeskrivelsen finner du agenda, tidspunkter og kontaktinformasjon.',
    nn: 'Du er no påmeld {course} med oppstart {when} i {place}. I kursskildringa finn du agenda, tidspunkt og kontaktinformasjon.',
    en: 'You are now booked on {course} on {when} in {place}. The course description has the agenda, times and contact details.',
  },
  'W13.waitlisted': {
    facts: ['course', 'when', 'place', 'position'],
    nb: 'Kurset {course} med oppstart {when} i {place} er fullt, så vi har satt deg på ventelisten som nummer {position}. Blir en plass ledig, får du den automatisk, og du får en e-post når du er påmeldt.',
    nn: 'Kurset {course} med oppstart {when} i {place} er fullt, så vi har sett deg på ventelista som nummer {position}. Vert ein plass ledig, får du han automatisk, og du får ein e-post når du er påmeld.',
    en: '{course} on {when} in {place} is full, so we have put you on the waitlist as number {position}. If a seat becomes free it goes to you automatically, and you will get an e-mail when you are booked.',
  },
  'W13.waitlist-place': {
    facts: ['course', 'when', 'place', 'position'],
    nb: 'Du står som nummer {position} på ventelisten til {course} med oppstart {when} i {place}. Ledige plasser går automatisk til den første på listen, og du får en e-post hvis du får plass.',
    nn: 'Du står som nummer {position} på ventelista til {course} med oppstart {when} i {place}. Ledige plassar går automatisk til den første på lista, og du får ein e-post dersom du får plass.',
    en: 'You are number {position} on the waitlist for {course} on {when} in {place}. Free seats go automatically to the first on the list, and you will get an e-mail if you get a seat.',
  },
  'W13.unenrolled': {
    facts: ['course', 'when'],
    nb: 'Vi har meldt deg av {course} med oppstart {when}. Plassen din går videre til den som står først på ventelisten.',
    nn: 'Vi har meldt deg av {course} med oppstart {when}. Plassen din går vidare til den som står først på ventelista.',
    en: 'We have cancelled your seat on {course} on {when}. Your seat goes to the first person on the waitlist.',
  },
  // The learner asks for a seat or a waitlist on a course they already hold a seat on: said instead of
  // offering dates (a full date offered would be the one they sit on).
  'W13.already-booked': {
    facts: ['course', 'when', 'place'],
    nb: 'Du har allerede plass på {course} med oppstart {when} i {place}, så du trenger verken melde deg på igjen eller stå på venteliste. Passer ikke datoen likevel, si fra, så hjelper vi deg med å bytte.',
    nn: 'Du har alt plass på {course} med oppstart {when} i {place}, så du treng verken melde deg på att eller stå på venteliste. Passar ikkje datoen likevel, sei frå, så hjelper vi deg med å byte.',
    en: 'You already have a seat on {course} on {when} in {place}, so there is no need to book again or to join a waitlist. If the date does not suit you after all, let us know and we will help you change it.',
  },
  'W13.left-waitlist': {
    facts: ['course', 'when'],
    nb: 'Vi har tatt deg av ventelisten til {course} med oppstart {when}.',
    nn: 'Vi har teke deg av ventelista til {course} med oppstart {when}.',
    en: 'We have taken you off the waitlist for {course} on {when}.',
  },
  'W13.requested': {
    facts: ['course'],
    nb: 'Vi har registrert ønsket ditt om en ny dato for {course} og sendt det videre til dem som planlegger kursene. Kurskalenderen oppdateres fortløpende, og du får beskjed når en ny dato er satt opp.',
    nn: 'Vi har registrert ønsket ditt om ein ny dato for {course} og sendt det vidare til dei som planlegg kursa. Kurskalenderen vert oppdatert fortløpande, og du får beskjed når ein ny dato er sett opp.',
    en: 'We have recorded your wish for a new date for {course} and passed it on to the people who plan the courses. The course calendar is updated continuously, and you will hear from us when a new date is set.',
  },
  'W13.requested-place': {
    facts: ['course', 'place'],
    nb: 'Vi har registrert ønsket ditt om en ny dato for {course} i {place} og sendt det videre til dem som planlegger kursene. Kurskalenderen oppdateres fortløpende, og du får beskjed når en ny dato er satt opp.',
    nn: 'Vi har registrert ønsket ditt om ein ny dato for {course} i {place} og sendt det vidare til dei som planlegg kursa. Kurskalenderen vert oppdatert fortløpande, og du får beskjed når ein ny dato er sett opp.',
    en: 'We have recorded your wish for a new date for {course} in {place} and passed it on to the people who plan the courses. The course calendar is updated continuously, and you will hear from us when a new date is set.',
  },
  'W13.open-units': {
    facts: ['course', 'list'],
    nb: 'Disse datoene for {course} har ledige plasser nå:\n{list}\nSi fra hvilken som passer, så melder vi deg på, eller meld deg på selv i kurskalenderen.',
    nn: 'Desse datoane for {course} har ledige plassar no:\n{list}\nSei frå kva for ein som passar, så melder vi deg på, eller meld deg på sjølv i kurskalenderen.',
    en: 'These dates for {course} have free seats now:\n{list}\nTell us which one suits you and we will book you, or book it yourself in the course calendar.',
  },
  // Full units come after the ones with seats: the FAQ's waitlist, for a learner who would rather wait
  // for the date they asked about.
  'W13.full-units': {
    facts: ['list'],
    nb: 'Disse datoene er fulle:\n{list}\nVil du heller vente på en plass på en av dem, setter vi deg på ventelisten. Blir en plass ledig, får du den automatisk, og du får en e-post når du er påmeldt.',
    nn: 'Desse datoane er fulle:\n{list}\nVil du heller vente på ein plass på ein av dei, set vi deg på ventelista. Vert ein plass ledig, får du han automatisk, og du får ein e-post når du er påmeld.',
    en: 'These dates are full:\n{list}\nIf you would rather wait for a seat on one of them, we will put you on its waitlist. If a seat becomes free it goes to you automatically, and you will get an e-mail when you are booked.',
  },
  'W13.full-unit-line': {
    facts: ['when', 'place', 'count'],
    nb: '- {when}, {place} ({count} på ventelisten)',
    nn: '- {when}, {place} ({count} på ventelista)',
    en: '- {when}, {place} ({count} on the waitlist)',
  },
  'W13.unit-line': {
    facts: ['when', 'place', 'count'],
    nb: '- {when}, {place} ({count} ledige plasser)',
    nn: '- {when}, {place} ({count} ledige plassar)',
    en: '- {when}, {place} ({count} seats free)',
  },

  // What the FAQ says of dates, seats and waitlists, for a learner not yet found (the answer before the
  // question for who they are) or a course not yet named.
  'W13.self-service': {
    facts: [],
    nb: 'I kurskalenderen ser du alle datoer som er satt opp for et kurs, og hvor mange ledige plasser hver av dem har; kalenderen oppdateres fortløpende. Er kurset fullt, kan du sette deg på ventelisten: blir en plass ledig, får du den automatisk, og du får beskjed når du er påmeldt. Er det ingen dato for kurset, kan du be om en ved å klikke på «Be om ny kursenhet».',
    nn: 'I kurskalenderen ser du alle datoar som er sette opp for eit kurs, og kor mange ledige plassar kvar av dei har; kalenderen vert oppdatert fortløpande. Er kurset fullt, kan du setje deg på ventelista: vert ein plass ledig, får du han automatisk, og du får melding når du er påmeld. Er det ingen dato for kurset, kan du be om ein ved å klikke på «Be om ny kursenhet».',
    en: 'The course calendar shows every date set up for a course and how many seats each has left; it is updated continuously. If the course is full, you can join the waitlist: if a seat becomes free it goes to you automatically, and you are told when you are booked. If the course has no date, you can ask for one by clicking «Be om ny kursenhet» ("Request a new course unit").',
  },

  // ── W14: programmes ──────────────────────────────────────────────────────────────────────────────
  // What a programme is, for a learner not yet found: the FAQ's explanation before the question for who
  // they are.
  'W14.explained': {
    facts: [],
    nb: 'Et opplæringsløp er alt du må gjennom for å få opplæringen godkjent, for eksempel klasseromskurs, e-læring, skriftlig og praktisk eksamen og praksis. Når du er tildelt et løp, viser opplæringsplanen din i kursportalen alt som gjenstår. Du blir ikke påmeldt klasseromskurset i løpet automatisk: du må selv melde deg på en bestemt dato og et sted i kurskalenderen. Kurs med begrenset gyldighet ligger i et opplæringsløp, så du får varsel før de går ut.',
    nn: 'Eit opplæringsløp er alt du må gjennom for å få opplæringa godkjend, til dømes klasseromskurs, e-læring, skriftleg og praktisk eksamen og praksis. Når du er tildelt eit løp, viser opplæringsplanen din i kursportalen alt som står att. Du vert ikkje påmeld klasseromskurset i løpet automatisk: du må sjølv melde deg på ein bestemd dato og ein stad i kurskalenderen. Kurs med avgrensa gyldigheit ligg i eit opplæringsløp, så du får varsel før dei går ut.',
    en: "A training programme is everything you must complete to have your training approved, for example classroom courses, e-learning, written and practical exams and practice. Once you are assigned a programme, your training plan in the course portal shows everything that remains. You are not booked on the programme's classroom course automatically: you must book a specific date and place in the course calendar yourself. Courses with a limited validity are part of a programme, so you are warned before they run out.",
  },
  'W14.none': {
    facts: [],
    nb: 'Du er ikke tildelt noe opplæringsløp i kursportalen ennå. Et opplæringsløp er alt du må gjennom for å få opplæringen godkjent (klasseromskurs, e-læring, eksamener og praksis). Når du blir tildelt et løp, viser opplæringsplanen din alt du må gjennom. Snakk gjerne med arbeidsgiveren om hvilket løp du skal ha.',
    nn: 'Du er ikkje tildelt noko opplæringsløp i kursportalen enno. Eit opplæringsløp er alt du må gjennom for å få opplæringa godkjend (klasseromskurs, e-læring, eksamenar og praksis). Når du vert tildelt eit løp, viser opplæringsplanen din alt du må gjennom. Snakk gjerne med arbeidsgjevaren om kva løp du skal ha.',
    en: 'You have not been assigned a training programme in the course portal yet. A programme is everything you must complete to have your training approved (classroom courses, e-learning, exams and practice). Once you are assigned one, your training plan shows everything you must complete. Please ask your employer which programme you should have.',
  },
  'W14.complete': {
    facts: ['programme', 'until'],
    nb: 'Du har fullført alt i opplæringsløpet {programme}. Godkjenningen gjelder til {until}; du får varsel i god tid før det, slik at du rekker repetisjonen.',
    nn: 'Du har fullført alt i opplæringsløpet {programme}. Godkjenninga gjeld til {until}; du får varsel i god tid før det, slik at du rekk repetisjonen.',
    en: 'You have completed everything in the programme {programme}. The approval is valid until {until}; you will be reminded in good time to take the refresher.',
  },
  'W14.complete-lasting': {
    facts: ['programme'],
    nb: 'Du har fullført alt i opplæringsløpet {programme}.',
    nn: 'Du har fullført alt i opplæringsløpet {programme}.',
    en: 'You have completed everything in the programme {programme}.',
  },
  'W14.remaining': {
    facts: ['programme', 'list'],
    nb: 'I opplæringsløpet {programme} gjenstår dette:\n{list}',
    nn: 'I opplæringsløpet {programme} står dette att:\n{list}',
    en: 'What you still need for the programme {programme}:\n{list}',
  },
  'W14.item-take': { facts: ['course'], nb: '- {course}', nn: '- {course}', en: '- {course}' },
  'W14.item-expired': {
    facts: ['course', 'until'],
    nb: '- {course} (gikk ut {until}; ta det på nytt)',
    nn: '- {course} (gjekk ut {until}; ta det på nytt)',
    en: '- {course} (expired {until}; take it again)',
  },
  'W14.item-booked': {
    facts: ['course', 'when', 'place'],
    nb: '- {course}: du er påmeldt {when} i {place}',
    nn: '- {course}: du er påmeld {when} i {place}',
    en: '- {course}: you are booked on {when} in {place}',
  },
  'W14.item-waitlisted': {
    facts: ['course', 'when', 'place', 'position'],
    nb: '- {course}: du står som nummer {position} på ventelisten {when} i {place}',
    nn: '- {course}: du står som nummer {position} på ventelista {when} i {place}',
    en: '- {course}: you are number {position} on the waitlist for {when} in {place}',
  },
  'W14.item-no-date': {
    facts: ['course'],
    nb: '- {course}: ingen dato valgt ennå; meld deg på en dato i kurskalenderen',
    nn: '- {course}: ingen dato vald enno; meld deg på ein dato i kurskalenderen',
    en: '- {course}: no date chosen yet; book a date in the course calendar',
  },
  'W14.expiring': {
    facts: ['list'],
    nb: 'Dette har du bestått, men det går snart ut; ta repetisjonen før datoen, så holder godkjenningen:\n{list}',
    nn: 'Dette har du bestått, men det går snart ut; ta repetisjonen før datoen, så held godkjenninga:\n{list}',
    en: 'You have passed these, but they run out soon; take the refresher before the date to keep the approval:\n{list}',
  },
  'W14.item-expiring': {
    facts: ['course', 'until'],
    nb: '- {course} (gyldig til {until})',
    nn: '- {course} (gyldig til {until})',
    en: '- {course} (valid until {until})',
  },
  'W14.classroom-note': {
    facts: [],
    nb: 'Merk at et klasseromskurs i opplæringsløpet ikke gir deg en plass automatisk: du må selv melde deg på en bestemt dato og et sted.',
    nn: 'Merk at eit klasseromskurs i opplæringsløpet ikkje gjev deg ein plass automatisk: du må sjølv melde deg på ein bestemt dato og ein stad.',
    en: 'Note that a classroom course in a programme does not give you a seat by itself: you must book a specific date and place.',
  },

  // ── W15: certificates ────────────────────────────────────────────────────────────────────────────
  'W15.attached': {
    facts: ['course', 'file', 'certificate'],
    nb: 'Vedlagt er kursbeviset ditt for {course} ({file}). Kursbeviset har nummeret {certificate}; oppgi det hvis du spør oss om beviset senere.',
    nn: 'Vedlagt er kursbeviset ditt for {course} ({file}). Kursbeviset har nummeret {certificate}; oppgje det dersom du spør oss om beviset seinare.',
    en: 'Attached is your certificate for {course} ({file}). The certificate number is {certificate}; please quote it if you ask us about the certificate later.',
  },
  // An expired qualification's certificate is still printed on request, but the learner must not read it
  // as proof for work on site: the reply says so and points to the refresher.
  'W15.attached-expired': {
    facts: ['course', 'file', 'certificate', 'expired'],
    nb: 'Vedlagt er kursbeviset ditt for {course} ({file}). Merk at gyldigheten gikk ut {expired}: beviset viser at du har tatt kurset, men det gjelder ikke som dokumentasjon når du jobber på anlegg. Du må ta kurset på nytt (repetisjon) for å få et gyldig kursbevis. Kursbeviset har nummeret {certificate}; oppgi det hvis du spør oss om beviset senere.',
    nn: 'Vedlagt er kursbeviset ditt for {course} ({file}). Merk at gyldigheita gjekk ut {expired}: beviset viser at du har teke kurset, men det gjeld ikkje som dokumentasjon når du arbeider på anlegg. Du må ta kurset på nytt (repetisjon) for å få eit gyldig kursbevis. Kursbeviset har nummeret {certificate}; oppgje det dersom du spør oss om beviset seinare.',
    en: 'Attached is your certificate for {course} ({file}). Please note that it expired on {expired}: it shows that you took the course, but it is no longer valid as proof when you work on site. Take the course again (refresher training) to get a valid certificate. The certificate number is {certificate}; please quote it if you ask us about the certificate later.',
  },
  'W15.self-service': {
    facts: [],
    nb: 'Kursbevisene dine finner du selv i kursportalen: gå til «Historikk», trykk «Vis alt», og trykk på skriverikonet under «Handling» ved kurset. Husk å ha kursbeviset med når du jobber på anlegg.',
    nn: 'Kursbevisa dine finn du sjølv i kursportalen: gå til «Historikk», trykk «Vis alt», og trykk på skrivarikonet under «Handling» ved kurset. Hugs å ha kursbeviset med når du arbeider på anlegg.',
    en: 'You can find your certificates yourself in the course portal: go to «Historikk» ("History"), click «Vis alt» ("Show all"), and click the printer icon in the «Handling» ("Action") column next to the course. Remember to carry the certificate when you work on site.',
  },
  'W15.passed-list': {
    facts: ['list'],
    nb: 'Dette har du bestått:\n{list}',
    nn: 'Dette har du bestått:\n{list}',
    en: 'These are the courses you have passed:\n{list}',
  },
  'W15.passed-line': {
    facts: ['course', 'until'],
    nb: '- {course}, gyldig til {until}',
    nn: '- {course}, gyldig til {until}',
    en: '- {course}, valid until {until}',
  },
  'W15.passed-line-expired': {
    facts: ['course', 'expired'],
    nb: '- {course}, gikk ut {expired}; må tas på nytt',
    nn: '- {course}, gjekk ut {expired}; må takast på nytt',
    en: '- {course}, expired on {expired}; must be taken again',
  },
  'W15.passed-line-lasting': {
    facts: ['course'],
    nb: '- {course}',
    nn: '- {course}',
    en: '- {course}',
  },
  // The course the person asks a certificate for is not passed on the account: said first, so the list
  // of what is passed is not read as the answer.
  'W15.asked-not-passed': {
    facts: ['code'],
    nb: '{code} står ikke som bestått på kontoen din i kursportalen, så vi kan ikke lage et kursbevis for det. Tok du kurset med en annen e-postadresse, send oss den, så ser vi etter; har du nylig tatt kurset, kan det ta litt tid før det er registrert.',
    nn: '{code} står ikkje som bestått på kontoen din i kursportalen, så vi kan ikkje lage eit kursbevis for det. Tok du kurset med ei anna e-postadresse, send oss henne, så ser vi etter; har du nyleg teke kurset, kan det ta litt tid før det er registrert.',
    en: '{code} is not recorded as passed on your account in the course portal, so we cannot make a certificate for it. If you took the course under another e-mail address, send it to us and we will look; if you took it recently, it can take a little while to be recorded.',
  },
  'W15.nothing-passed': {
    facts: [],
    nb: 'Vi finner ingen beståtte kurs på kontoen din ennå. Et kursbevis lages når kurset er registrert som bestått; har du nylig tatt kurset, kan det ta litt tid.',
    nn: 'Vi finn ingen beståtte kurs på kontoen din enno. Eit kursbevis vert laga når kurset er registrert som bestått; har du nyleg teke kurset, kan det ta litt tid.',
    en: 'We cannot find any passed courses on your account yet. A certificate is made once the course is recorded as passed; if you took it recently, that can take a little while.',
  },

  // ── W16, registration: first time in the portal ──────────────────────────────────────────────────
  'W16.created': {
    facts: ['email'],
    nb: 'Vi har opprettet en konto til deg i kursportalen med brukernavnet {email}. Du får en e-post med en lenke der du velger passord.',
    nn: 'Vi har oppretta ein konto til deg i kursportalen med brukarnamnet {email}. Du får ein e-post med ei lenkje der du vel passord.',
    en: 'We have created an account for you in the course portal with the user name {email}. You will get an e-mail with a link where you choose a password.',
  },
  'registration.how-to': {
    facts: [],
    nb: 'Som ekstern deltaker registrerer du deg selv i kursportalen, og du velger mellom tre kontotyper:\n- «Gratis e-læring» hvis du bare skal ta sikkerhetskurs og annen gratis opplæring\n- «Full kurskatalog» hvis du skal ta kurs ved Jernbaneskolen; betalingskurs faktureres arbeidsgiveren din\n- «Fører» hvis du skal ha føreropplæring',
    nn: 'Som ekstern deltakar registrerer du deg sjølv i kursportalen, og du vel mellom tre kontotypar:\n- «Gratis e-læring» dersom du berre skal ta tryggleikskurs og anna gratis opplæring\n- «Full kurskatalog» dersom du skal ta kurs ved Jernbaneskulen; betalingskurs vert fakturerte arbeidsgjevaren din\n- «Fører» dersom du skal ha føraropplæring',
    en: 'As an external learner you register yourself in the course portal, choosing one of three account types:\n- «Gratis e-læring» ("Free e-learning") if you only need the safety courses and other free training\n- «Full kurskatalog» ("Full course catalogue") if you will take courses at the training school; paid courses are invoiced to your employer\n- «Fører» ("Driver") if you are in train-driver training',
  },
  'registration.requirements': {
    facts: [],
    nb: 'For å registrere deg trenger du et HMS-kort og fødselsnummer eller D-nummer. Har du ikke HMS-kort, må du bestille det før du registrerer deg; D-nummer ordner arbeidsgiveren din. Bruk gjerne en PC når du registrerer deg.',
    nn: 'For å registrere deg treng du eit HMS-kort og fødselsnummer eller D-nummer. Har du ikkje HMS-kort, må du tinge det før du registrerer deg; D-nummer ordnar arbeidsgjevaren din. Bruk gjerne ein PC når du registrerer deg.',
    en: 'To register you need an HMS card and a Norwegian national ID number or a D-number. If you have no HMS card, order one before you register; your employer arranges a D-number. It is best to register from a PC.',
  },
  'registration.firma-id': {
    facts: [],
    nb: 'Blir du bedt om å oppgi «Firma-ID», anbefaler vi dette: logg inn fra en PC med Google Chrome eller Edge, eventuelt i et inkognitovindu, og slett informasjonskapslene (cookies) i nettleseren før du prøver igjen.',
    nn: 'Vert du beden om å oppgje «Firma-ID», tilrår vi dette: logg inn frå ein PC med Google Chrome eller Edge, eventuelt i eit inkognitovindauge, og slett informasjonskapslane (cookies) i nettlesaren før du prøver att.',
    en: 'If the portal asks you for a «Firma-ID» ("company ID"), we recommend this: log in from a PC with Google Chrome or Edge, or in a private (incognito) window, and delete the browser\'s cookies before you try again.',
  },
  'registration.rail-staff': {
    facts: [],
    nb: 'Er du ansatt i Bane NOR, skal du ikke registrere deg som ekstern bruker. Du logger inn i kursportalen gjennom Banenettet: trykk på fanen «Driv» øverst på siden.',
    nn: 'Er du tilsett i Bane NOR, skal du ikkje registrere deg som ekstern brukar. Du loggar inn i kursportalen gjennom Banenettet: trykk på fana «Driv» øvst på sida.',
    en: 'If you are employed by Bane NOR, you should not register as an external user. You log in to the course portal through Banenettet, using the «Driv» tab at the top of the page.',
  },
  'registration.company-missing': {
    facts: [],
    nb: 'Finner du ikke arbeidsgiveren din i listen, er den ikke kunde hos oss ennå. Be arbeidsgiveren sende organisasjonsnummer, firmanavn, fakturaadresse (hvis den er en annen enn i Brønnøysundregistrene), e-post for faktura (hvis de ikke er i ELMA) og en kontaktperson til regnskap@banenor.no.',
    nn: 'Finn du ikkje arbeidsgjevaren din i lista, er han ikkje kunde hos oss enno. Be arbeidsgjevaren sende organisasjonsnummer, firmanamn, fakturaadresse (dersom ho er ei anna enn i Brønnøysundregistera), e-post for faktura (dersom dei ikkje er i ELMA) og ein kontaktperson til regnskap@banenor.no.',
    en: 'If you cannot find your employer in the list, it is not our customer yet. Ask your employer to send the organisation number, company name, invoice address (if it differs from the Brønnøysund register), an invoice e-mail (if they are not in ELMA) and a contact person to regnskap@banenor.no.',
  },

  // ── W19: test data for another team ─────────────────────────────────────────────────────────────
  // README's fixtures: a synthetic set of any size (`fixtures generate`), loaded into a test database
  // (`fixtures load`, `fixtures generate --load`), or an anonymised copy (`fixtures dump --anonymise`);
  // never real people's data.
  'W19.test-data': {
    facts: [],
    nb: 'Takk for e-posten. Testdata lager vi med kursportalens egne verktøy: et syntetisk datasett i den størrelsen dere trenger, med oppdiktede kursdeltakere, firma, kurs og kursbevis, som filer eller lastet rett inn i testdatabasen deres, eller en anonymisert kopi der navn, e-postadresser, fødselsdatoer og fødselsnumre er byttet ut. Ekte personopplysninger gir vi ikke ut til testmiljøer. Svar med hvor mange deltakere dere trenger, og om dere vil ha filer eller data lastet inn i en database, så ordner vi det.',
    nn: 'Takk for e-posten. Testdata lagar vi med kursportalen sine eigne verktøy: eit syntetisk datasett i den storleiken de treng, med oppdikta kursdeltakarar, firma, kurs og kursbevis, som filer eller lasta rett inn i testdatabasen dykkar, eller ein anonymisert kopi der namn, e-postadresser, fødselsdatoar og fødselsnummer er bytte ut. Ekte personopplysningar gjev vi ikkje ut til testmiljø. Svar med kor mange deltakarar de treng, og om de vil ha filer eller data lasta inn i ein database, så ordnar vi det.',
    en: "Thank you for your e-mail. We make test data with the course portal's own tools: a synthetic data set of the size you need, with made-up learners, companies, courses and certificates, as files or loaded straight into your test database, or an anonymised copy in which names, e-mail addresses, dates of birth and national ID numbers are replaced. We never hand out real people's data for test environments. Please reply with how many learners you need, and whether you want files or the data loaded into a database, and we will sort it out.",
  },

  // ── W20: personal data ───────────────────────────────────────────────────────────────────────────
  'W20.answer': {
    facts: [],
    nb: 'Vi lagrer det som trengs for kursene dine: navn, fødselsdato, e-postadresser, HMS-kortnummer, kontotype, arbeidsgiver og kurshistorikken din. Fødselsnummeret lagres ikke i lesbar form, bare som en kode vi bruker for å hindre at én person får to kontoer. Vi sender deg gjerne en oversikt over alt, eller sletter kontoen, når vi har bekreftet at henvendelsen kommer fra deg; svar fra e-postadressen du er registrert med. Merk at beståtte kurs og kursbevis da ikke lenger kan hentes fram.',
    nn: 'Vi lagrar det som trengst for kursa dine: namn, fødselsdato, e-postadresser, HMS-kortnummer, kontotype, arbeidsgjevar og kurshistorikken din. Fødselsnummeret vert ikkje lagra i lesbar form, berre som ein kode vi brukar for å hindre at éin person får to kontoar. Vi sender deg gjerne ei oversikt over alt, eller slettar kontoen, når vi har stadfesta at førespurnaden kjem frå deg; svar frå e-postadressa du er registrert med. Merk at beståtte kurs og kursbevis då ikkje lenger kan hentast fram.',
    en: 'We keep what your courses need: your name, date of birth, e-mail addresses, HMS card number, account type, employer and course history. Your national ID number is not kept in readable form, only as a code that stops one person from having two accounts. We will gladly send you an overview of everything, or delete the account, once we have confirmed the request comes from you; please reply from the address you are registered with. Note that passed courses and certificates can then no longer be retrieved.',
  },
  // An erasure asked for from the account's own login: the mailbox is proof enough, so the reply says
  // what happens next instead of asking the person to write from it.
  'W20.erase-from-login': {
    facts: [],
    nb: 'Vi har mottatt ønsket ditt om å slette kontoen din i kursportalen, og det kommer fra e-postadressen du er registrert med. Vi sletter nå navnet ditt, e-postadressene, fødselsdatoen, HMS-kortnummeret og e-postene vi har sendt deg. Det vi må ta vare på for regnskapet, som påmeldinger og fakturaer, beholder vi uten noe som knytter det til deg. Merk at beståtte kurs og kursbevis da ikke lenger kan hentes fram. Vi gir beskjed når kontoen er slettet.',
    nn: 'Vi har fått ønsket ditt om å slette kontoen din i kursportalen, og det kjem frå e-postadressa du er registrert med. Vi slettar no namnet ditt, e-postadressene, fødselsdatoen, HMS-kortnummeret og e-postane vi har sendt deg. Det vi må ta vare på for rekneskapen, som påmeldingar og fakturaer, held vi på utan noko som knyter det til deg. Merk at beståtte kurs og kursbevis då ikkje lenger kan hentast fram. Vi gjev beskjed når kontoen er sletta.',
    en: 'We have received your request to delete your account in the course portal, and it comes from the address you are registered with. We will now delete your name, e-mail addresses, date of birth, HMS card number and the e-mails we have sent you. What we must keep for our accounts, such as bookings and invoices, stays without anything that links it to you. Note that passed courses and certificates can then no longer be retrieved. We will let you know when the account has been deleted.',
  },
  'W20.exported': {
    facts: ['file'],
    nb: 'Vedlagt er en kopi av alt kursportalen har lagret om deg ({file}): kontoen, e-post- og arbeidsgiverhistorikken, HMS-kortet, påmeldinger, kurs og kursbevis, lenker og e-poster vi har sendt deg, og loggen over endringer i opplysningene dine. Fødselsnummeret ditt lagrer vi ikke i lesbar form, bare som en kode som sørger for at hver person har én konto.\n\nSi fra hvis noe er feil, eller hvis du vil at vi skal slette kontoen din.',
    nn: 'Vedlagt er ein kopi av alt kursportalen har lagra om deg ({file}): kontoen, e-post- og arbeidsgjevarhistorikken, HMS-kortet, påmeldingar, kurs og kursbevis, lenkjer og e-postar vi har sendt deg, og loggen over endringar i opplysningane dine. Fødselsnummeret ditt lagrar vi ikkje i lesbar form, berre som ein kode som syter for at kvar person har éin konto.\n\nSei frå dersom noko er feil, eller dersom du vil at vi skal slette kontoen din.',
    en: 'Attached is a copy of everything the course portal holds about you ({file}): your account, e-mail and employer history, HMS card, bookings, courses and certificates, the links and e-mails we have sent you, and the log of changes to your data. We do not keep your national ID number in readable form, only as a code that makes sure each person has one account.\n\nLet us know if anything is wrong, or if you would like us to delete your account.',
  },
  'W20.erased': {
    facts: [],
    nb: 'Vi har slettet kontoen din i kursportalen, slik du ba om: navn, e-postadresser, fødselsdato og HMS-kortnummer er fjernet, og kursbevisene dine er trukket tilbake. Dette kan ikke angres, og beståtte kurs kan ikke lenger hentes fram. Skal du ta kurs hos oss senere, registrerer du deg på nytt i kursportalen.',
    nn: 'Vi har sletta kontoen din i kursportalen, slik du bad om: namn, e-postadresser, fødselsdato og HMS-kortnummer er fjerna, og kursbevisa dine er trekte tilbake. Dette kan ikkje angrast, og beståtte kurs kan ikkje lenger hentast fram. Skal du ta kurs hos oss seinare, registrerer du deg på nytt i kursportalen.',
    en: 'We have deleted your account in the course portal, as you asked: your name, e-mail addresses, date of birth and HMS card number are removed, and your certificates are revoked. This cannot be undone, and passed courses can no longer be retrieved. If you want to take courses with us later, register again in the course portal.',
  },
  // ── writing about someone else ───────────────────────────────────────────────────────────────────
  // HR, a manager or a parent writes for an employee or a child: the reply goes back to the writer, so
  // it speaks of the person by name. Each `about.<key>` stands in for `<key>` in such a reply (see
  // aboutPerson below); a key without one keeps its own text.
  'about.national-id.warning': {
    facts: ['person'],
    nb: 'Du sendte oss fødselsnummeret til {person}. Av hensyn til personvernet ber vi deg om ikke å sende fødselsnummer på e-post; vi har ikke tatt vare på det, og fødselsdatoen er nok for oss.',
    nn: 'Du sende oss fødselsnummeret til {person}. Av omsyn til personvernet ber vi deg om ikkje å sende fødselsnummer på e-post; vi har ikkje teke vare på det, og fødselsdatoen er nok for oss.',
    en: 'You sent us the national ID number of {person}. To protect their privacy, please do not send national ID numbers by e-mail; we have not kept it, and the date of birth is all we need.',
  },
  // HR or a parent writes for someone they do not name ("en av våre ansatte", "sønnen min"): the asks
  // speak of that person so, and a national ID sent is theirs, not the writer's.
  'about.person-unnamed': {
    facts: [],
    nb: 'den det gjelder',
    nn: 'den det gjeld',
    en: 'the person concerned',
  },
  'about.national-id.warning-unnamed': {
    facts: [],
    nb: 'Du sendte oss et fødselsnummer. Av hensyn til personvernet ber vi deg om ikke å sende fødselsnummer på e-post; vi har ikke tatt vare på det. Send oss heller det fulle navnet og fødselsdatoen til den det gjelder, så finner vi kontoen.',
    nn: 'Du sende oss eit fødselsnummer. Av omsyn til personvernet ber vi deg om ikkje å sende fødselsnummer på e-post; vi har ikkje teke vare på det. Send oss heller det fulle namnet og fødselsdatoen til den det gjeld, så finn vi kontoen.',
    en: 'You sent us a national ID number. To protect privacy, please do not send national ID numbers by e-mail; we have not kept it. Instead, send us the full name and date of birth of the person concerned, and we will find the account.',
  },
  'about.more-info.intro': {
    facts: ['person'],
    nb: 'For å hjelpe {person} videre trenger vi litt mer informasjon. Svar på denne e-posten med:',
    nn: 'For å hjelpe {person} vidare treng vi litt meir informasjon. Svar på denne e-posten med:',
    en: 'To help {person} further, we need a little more information. Please reply to this e-mail with:',
  },
  'about.more-info.name': {
    facts: [],
    nb: '- det fulle navnet til den det gjelder, slik det står i kursportalen',
    nn: '- det fulle namnet til den det gjeld, slik det står i kursportalen',
    en: '- the full name of the person concerned, as it is in the course portal',
  },
  'about.more-info.birthDate': {
    facts: ['person'],
    nb: '- fødselsdatoen til {person} (bare datoen, ikke fødselsnummeret)',
    nn: '- fødselsdatoen til {person} (berre datoen, ikkje fødselsnummeret)',
    en: '- the date of birth of {person} (the date only, not the national ID number)',
  },
  'about.more-info.email': {
    facts: ['person'],
    nb: '- alle e-postadresser {person} kan ha brukt i kursportalen',
    nn: '- alle e-postadresser {person} kan ha brukt i kursportalen',
    en: '- every e-mail address {person} may have used in the course portal',
  },
  'about.more-info.oldEmail': {
    facts: ['person'],
    nb: '- e-postadressen {person} logget inn med før',
    nn: '- e-postadressa {person} logga inn med før',
    en: '- the e-mail address {person} logged in with before',
  },
  'about.more-info.accountType': {
    facts: ['person'],
    nb: '- hvilken brukertype {person} skal ha: «Gratis e-læring», «Full kurskatalog» eller «Fører»',
    nn: '- kva brukartype {person} skal ha: «Gratis e-læring», «Full kurskatalog» eller «Fører»',
    en: '- which account type {person} should have: «Gratis e-læring» ("Free e-learning"), «Full kurskatalog» ("Full course catalogue") or «Fører» ("Driver")',
  },
  'about.more-info.orgNumber': {
    facts: ['person'],
    nb: '- organisasjonsnummeret til arbeidsgiveren til {person} (9 siffer)',
    nn: '- organisasjonsnummeret til arbeidsgjevaren til {person} (9 siffer)',
    en: '- the organisation number of the employer of {person} (9 digits)',
  },
  'about.more-info.hmsCard': {
    facts: ['person'],
    nb: '- nummeret på det nye HMS-kortet til {person} og datoen det ble utstedt',
    nn: '- nummeret på det nye HMS-kortet til {person} og datoen det vart utferda',
    en: '- the number of the new HMS card of {person} and the date it was issued',
  },
  'about.more-info.outro': {
    facts: [],
    nb: 'Send aldri fødselsnummer eller passord på e-post.',
    nn: 'Send aldri fødselsnummer eller passord på e-post.',
    en: 'Never send a national ID number or a password by e-mail.',
  },
  'about.W1.one-account': {
    facts: ['person'],
    nb: 'Hver person har bare én konto i kursportalen, og brukernavnet er e-postadressen kontoen ble registrert med. Står det at fødselsnummeret allerede er i bruk når {person} registrerer seg, har {person} en konto fra før og må logge inn på den. Vi finner den igjen ut fra navnet, fødselsdatoen og e-postadressene {person} kan ha brukt.',
    nn: 'Kvar person har berre éin konto i kursportalen, og brukarnamnet er e-postadressa kontoen vart registrert med. Står det at fødselsnummeret alt er i bruk når {person} registrerer seg, har {person} ein konto frå før og må logge inn på han. Vi finn han att ut frå namnet, fødselsdatoen og e-postadressene {person} kan ha brukt.',
    en: 'Each person has only one account in the course portal, and the user name is the e-mail address it was registered with. If registering says the national ID number is already in use, {person} already has an account and needs to log in to it. We can find it from the name, the date of birth and the e-mail addresses {person} may have used.',
  },
  // To a third party the login is shown masked (k***@domain), as every other draft shows it: the person
  // recognises it, and may ask us for it whole themselves.
  'about.W1.verified': {
    facts: ['person', 'email'],
    nb: 'Vi har funnet kontoen til {person}. Brukernavnet er en e-postadresse som vi av hensyn til personvernet bare viser en del av til andre enn {person}: {email}. {person} kjenner igjen adressen og logger inn med den; husker {person} den ikke, kan {person} selv skrive til oss, så svarer vi direkte.\nEr passordet glemt, velger {person} «Har du glemt passordet?» på innloggingssiden og skriver inn adressen.',
    nn: 'Vi har funne kontoen til {person}. Brukarnamnet er ei e-postadresse som vi av omsyn til personvernet berre viser ein del av til andre enn {person}: {email}. {person} kjenner att adressa og loggar inn med ho; hugsar {person} ho ikkje, kan {person} sjølv skrive til oss, så svarar vi direkte.\nEr passordet gløymt, vel {person} «Har du glemt passordet?» på innloggingssida og skriv inn adressa.',
    en: 'We have found the account of {person}. Its user name is an e-mail address which, for privacy, we show only in part to anyone but {person}: {email}. {person} will recognise the address and logs in with it; if {person} does not remember it, {person} may write to us directly and we will answer them.\nIf the password is forgotten, {person} chooses «Har du glemt passordet?» ("Forgot your password?") on the login page and enters that address.',
  },
  'about.W1.verified-pending': {
    facts: ['person', 'email'],
    nb: 'Vi har funnet kontoen til {person}. Brukernavnet i kursportalen er e-postadressen {email} (av hensyn til personvernet viser vi bare en del av den).\nKontoen er ikke aktivert ennå, for det er aldri valgt et passord til den. Den aktiveres med en aktiveringslenke, og vi sender en ny til denne adressen.',
    nn: 'Vi har funne kontoen til {person}. Brukarnamnet i kursportalen er e-postadressa {email} (av omsyn til personvernet viser vi berre ein del av ho).\nKontoen er ikkje aktivert enno, for det er aldri valt eit passord til han. Han vert aktivert med ei aktiveringslenkje, og vi sender ei ny til denne adressa.',
    en: 'We have found the account of {person}. The user name in the course portal is the e-mail address {email} (for privacy we show only part of it).\nThe account is not activated yet, as no password has ever been chosen for it. It is activated with an activation link, and we will send a new one to that address.',
  },
  'about.W1.likely': {
    facts: ['person', 'email'],
    nb: 'Vi har funnet en konto som trolig tilhører {person}, registrert på {email}. For å være sikre ber vi om fødselsdatoen til {person} (ikke fødselsnummer) og andre e-postadresser {person} kan ha brukt, eller at {person} skriver til oss fra en e-postadresse som er brukt i kursportalen før.',
    nn: 'Vi har funne ein konto som truleg høyrer til {person}, registrert på {email}. For å vere sikre ber vi om fødselsdatoen til {person} (ikkje fødselsnummer) og andre e-postadresser {person} kan ha brukt, eller at {person} skriv til oss frå ei e-postadresse som er brukt i kursportalen før.',
    en: 'We have found an account that probably belongs to {person}, registered to {email}. To be sure, please send us the date of birth of {person} (not the national ID number) and any other addresses {person} may have used, or ask {person} to write to us from an address used in the course portal before.',
  },
  'about.W1.likely-dated': {
    facts: ['person', 'email'],
    nb: 'Vi har funnet en konto som trolig tilhører {person}, registrert på {email}. For å være sikre ber vi om andre e-postadresser {person} kan ha brukt, eller at {person} skriver til oss fra en e-postadresse som er brukt i kursportalen før.',
    nn: 'Vi har funne ein konto som truleg høyrer til {person}, registrert på {email}. For å vere sikre ber vi om andre e-postadresser {person} kan ha brukt, eller at {person} skriv til oss frå ei e-postadresse som er brukt i kursportalen før.',
    en: 'We have found an account that probably belongs to {person}, registered to {email}. To be sure, please send us any other addresses {person} may have used, or ask {person} to write to us from an address used in the course portal before.',
  },
  'about.W1.ambiguous': {
    facts: ['person'],
    nb: 'Vi fant flere kontoer som kan passe, og kan ikke se hvilken som tilhører {person}. Send oss fødselsdatoen til {person} (ikke fødselsnummer), alle e-postadresser {person} kan ha brukt, og navnet på arbeidsgiveren, så hjelper vi videre.',
    nn: 'Vi fann fleire kontoar som kan passe, og kan ikkje sjå kva for ein som høyrer til {person}. Send oss fødselsdatoen til {person} (ikkje fødselsnummer), alle e-postadresser {person} kan ha brukt, og namnet på arbeidsgjevaren, så hjelper vi vidare.',
    en: 'We found more than one account that could belong to {person} and cannot tell which one it is. Please send us the date of birth of {person} (not the national ID number), every e-mail address {person} may have used, and the name of the employer, and we will help further.',
  },
  'about.W1.ambiguous-dated': {
    facts: ['person'],
    nb: 'Vi fant flere kontoer som kan passe, og kan ikke se hvilken som tilhører {person}. Send oss alle e-postadresser {person} kan ha brukt, og navnet på arbeidsgiveren, så hjelper vi videre.',
    nn: 'Vi fann fleire kontoar som kan passe, og kan ikkje sjå kva for ein som høyrer til {person}. Send oss alle e-postadresser {person} kan ha brukt, og namnet på arbeidsgjevaren, så hjelper vi vidare.',
    en: 'We found more than one account that could belong to {person} and cannot tell which one it is. Please send us every e-mail address {person} may have used and the name of the employer, and we will help further.',
  },
  'about.W1.none': {
    facts: ['person'],
    nb: 'Vi fant ingen konto som passer med opplysningene om {person}. Sjekk at navnet er skrevet slik det står i kursportalen, og send oss gjerne andre e-postadresser {person} kan ha brukt og fødselsdatoen (ikke fødselsnummer). Har {person} aldri registrert seg, kan {person} opprette en ny konto i kursportalen.',
    nn: 'Vi fann ingen konto som passar med opplysningane om {person}. Sjekk at namnet er skrive slik det står i kursportalen, og send oss gjerne andre e-postadresser {person} kan ha brukt og fødselsdatoen (ikkje fødselsnummer). Har {person} aldri registrert seg, kan {person} opprette ein ny konto i kursportalen.',
    en: 'We could not find an account matching the details about {person}. Please check that the name is spelled as in the course portal, and send us any other e-mail addresses {person} may have used and the date of birth (not the national ID number). If {person} has never registered, {person} can create a new account in the course portal.',
  },
  'about.W1.id-in-use': {
    facts: ['person'],
    nb: 'At fødselsnummeret allerede er i bruk, betyr at {person} har en konto i kursportalen fra før. Hver person har bare én konto, så {person} skal logge inn på den i stedet for å registrere seg på nytt.',
    nn: 'At fødselsnummeret alt er i bruk, tyder at {person} har ein konto i kursportalen frå før. Kvar person har berre éin konto, så {person} skal logge inn på han i staden for å registrere seg på nytt.',
    en: 'The message that the national ID number is already in use means {person} already has an account in the course portal. Each person has only one account, so {person} should log in to it instead of registering again.',
  },
  'about.W2.checklist': {
    facts: ['person'],
    nb: 'Kommer ikke e-posten for å aktivere kontoen til {person}, er det som regel en av disse grunnene: e-postadressen ble skrevet feil ved registreringen, e-posten ligger i søppelposten, eller den er stoppet av et e-postfilter hos arbeidsgiveren. Det hjelper også å registrere seg fra en PC.',
    nn: 'Kjem ikkje e-posten for å aktivere kontoen til {person}, er det som regel ein av desse grunnane: e-postadressa vart skriven feil ved registreringa, e-posten ligg i søppelposten, eller han er stoppa av eit e-postfilter hos arbeidsgjevaren. Det hjelper også å registrere seg frå ein PC.',
    en: 'When the e-mail to activate the account of {person} does not arrive, it is usually one of these: the address was mistyped when registering, the e-mail is in the spam folder, or an e-mail filter at the employer stopped it. It also helps to register from a PC.',
  },
  'about.W3.self-service': {
    facts: ['person'],
    nb: 'Har {person} logget inn før, kan {person} alltid velge et nytt passord selv: gå til innloggingssiden, velg «logg på» og så «Har du glemt passordet?», og skriv inn e-postadressen kontoen er registrert med. Har {person} aldri logget inn, må kontoen først aktiveres med lenken vi sendte ved registreringen.',
    nn: 'Har {person} logga inn før, kan {person} alltid velje eit nytt passord sjølv: gå til innloggingssida, vel «logg på» og så «Har du glemt passordet?», og skriv inn e-postadressa kontoen er registrert med. Har {person} aldri logga inn, må kontoen først aktiverast med lenkja vi sende ved registreringa.',
    en: 'If {person} has logged in before, {person} can always choose a new password themselves: go to the login page, choose «logg på» ("log in") and then «Har du glemt passordet?» ("Forgot your password?"), and enter the e-mail address the account is registered with. If {person} has never logged in, the account must first be activated with the link we sent at registration.',
  },
  'about.W10.self-service': {
    facts: ['person'],
    nb: '{person} kan bytte kontotype selv: logg inn, velg «Oppdater brukerkonto» under «Din konto», klikk på typen som trengs, fyll inn feltene den krever og avslutt med «Oppdater». «Full kurskatalog» trenger en arbeidsgiver som kursene faktureres, og «Opplæring for førere» trenger opplysningene om føreropplæringen.',
    nn: '{person} kan byte kontotype sjølv: logg inn, vel «Oppdater brukerkonto» under «Din konto», klikk på typen som trengst, fyll inn felta han krev og avslutt med «Oppdater». «Full kurskatalog» treng ein arbeidsgjevar som kursa vert fakturerte, og «Opplæring for førere» treng opplysningane om føraropplæringa.',
    en: '{person} can change the account type themselves: log in, choose «Oppdater brukerkonto» ("Update user account") in the «Din konto» ("Your account") box, click the type needed, fill in the fields it asks for and finish with «Oppdater» ("Update"). «Full kurskatalog» ("Full course catalogue") needs an employer to invoice the courses to, and «Opplæring for førere» ("Driver training") needs the details of the driver training.',
  },
  'about.W10.already-full': {
    facts: ['person'],
    nb: 'Kontoen til {person} har allerede typen «Full kurskatalog», så hele kurskatalogen skal være synlig. Finnes kurset likevel ikke, send oss kurskoden, så ser vi på det.',
    nn: 'Kontoen til {person} har alt typen «Full kurskatalog», så heile kurskatalogen skal vere synleg. Finst kurset likevel ikkje, send oss kurskoden, så ser vi på det.',
    en: 'The account of {person} already has the type «Full kurskatalog» ("Full course catalogue"), so the whole catalogue should be visible. If a course is still missing, send us its code and we will look into it.',
  },
  'about.W10.already-driver': {
    facts: ['person'],
    nb: 'Kontoen til {person} har allerede typen «Opplæring for førere», så kursene i føreropplæringen skal være synlige. Finnes kurset likevel ikke, send oss kurskoden, så ser vi på det.',
    nn: 'Kontoen til {person} har alt typen «Opplæring for førere», så kursa i føraropplæringa skal vere synlege. Finst kurset likevel ikkje, send oss kurskoden, så ser vi på det.',
    en: 'The account of {person} already has the type «Opplæring for førere» ("Driver training"), so the courses of the train-driver training should be visible. If a course is still missing, send us its code and we will look into it.',
  },
  'about.W13.self-service': {
    facts: ['person'],
    nb: 'I kurskalenderen står alle datoer som er satt opp for et kurs, og hvor mange ledige plasser hver av dem har; kalenderen oppdateres fortløpende. Er kurset fullt, kan {person} settes på ventelisten: blir en plass ledig, går den automatisk til {person}, som får beskjed når påmeldingen er klar. Er det ingen dato for kurset, kan {person} be om en ved å klikke på «Be om ny kursenhet».',
    nn: 'I kurskalenderen står alle datoar som er sette opp for eit kurs, og kor mange ledige plassar kvar av dei har; kalenderen vert oppdatert fortløpande. Er kurset fullt, kan {person} setjast på ventelista: vert ein plass ledig, går han automatisk til {person}, som får melding når påmeldinga er klar. Er det ingen dato for kurset, kan {person} be om ein ved å klikke på «Be om ny kursenhet».',
    en: 'The course calendar shows every date set up for a course and how many seats each has left; it is updated continuously. If the course is full, {person} can join the waitlist: a seat that becomes free goes to {person} automatically, with a message once the booking is made. If the course has no date, {person} can ask for one by clicking «Be om ny kursenhet» ("Request a new course unit").',
  },
  'about.W13.already-booked': {
    facts: ['person', 'course', 'when', 'place'],
    nb: '{person} har allerede plass på {course} med oppstart {when} i {place}, så det trengs verken ny påmelding eller venteliste. Passer ikke datoen likevel, si fra, så hjelper vi med å bytte.',
    nn: '{person} har alt plass på {course} med oppstart {when} i {place}, så det trengst verken ny påmelding eller venteliste. Passar ikkje datoen likevel, sei frå, så hjelper vi med å byte.',
    en: '{person} already has a seat on {course} on {when} in {place}, so there is no need to book again or to join a waitlist. If the date does not suit after all, let us know and we will help change it.',
  },
  'about.W13.waitlist-place': {
    facts: ['person', 'course', 'when', 'place', 'position'],
    nb: '{person} står som nummer {position} på ventelisten til {course} med oppstart {when} i {place}. Ledige plasser går automatisk til den første på listen, og {person} får en e-post ved ledig plass.',
    nn: '{person} står som nummer {position} på ventelista til {course} med oppstart {when} i {place}. Ledige plassar går automatisk til den første på lista, og {person} får ein e-post ved ledig plass.',
    en: '{person} is number {position} on the waitlist for {course} on {when} in {place}. Free seats go automatically to the first on the list, and {person} will get an e-mail on getting a seat.',
  },
  'about.W13.open-units': {
    facts: ['person', 'course', 'list'],
    nb: 'Disse datoene for {course} har ledige plasser nå:\n{list}\nSi fra hvilken som passer, så melder vi på {person}.',
    nn: 'Desse datoane for {course} har ledige plassar no:\n{list}\nSei frå kva for ein som passar, så melder vi på {person}.',
    en: 'These dates for {course} have free seats now:\n{list}\nTell us which one suits and we will book {person}.',
  },
  'about.W13.full-units': {
    facts: ['person', 'list'],
    nb: 'Disse datoene er fulle:\n{list}\nSkal {person} heller vente på en plass på en av dem, setter vi {person} på ventelisten. Blir en plass ledig, går den automatisk til {person}, som får en e-post ved påmelding.',
    nn: 'Desse datoane er fulle:\n{list}\nSkal {person} heller vente på ein plass på ein av dei, set vi {person} på ventelista. Vert ein plass ledig, går han automatisk til {person}, som får ein e-post ved påmelding.',
    en: 'These dates are full:\n{list}\nIf {person} would rather wait for a seat on one of them, we will add {person} to its waitlist. A seat that becomes free goes to {person} automatically, with an e-mail once booked.',
  },
  'about.W15.self-service': {
    facts: ['person'],
    nb: 'Kursbevisene til {person} ligger i kursportalen, der {person} kan hente dem selv: gå til «Historikk», trykk «Vis alt», og trykk på skriverikonet under «Handling» ved kurset. Kursbeviset skal være med når {person} jobber på anlegg.',
    nn: 'Kursbevisa til {person} ligg i kursportalen, der {person} kan hente dei sjølv: gå til «Historikk», trykk «Vis alt», og trykk på skrivarikonet under «Handling» ved kurset. Kursbeviset skal vere med når {person} arbeider på anlegg.',
    en: 'The certificates of {person} are in the course portal, where {person} can fetch them: go to «Historikk» ("History"), click «Vis alt» ("Show all"), and click the printer icon in the «Handling» ("Action") column next to the course. The certificate should be carried when {person} works on site.',
  },
  'about.W15.passed-list': {
    facts: ['person', 'list'],
    nb: 'Dette har {person} bestått:\n{list}',
    nn: 'Dette har {person} bestått:\n{list}',
    en: 'These are the courses {person} has passed:\n{list}',
  },
  'about.W15.asked-not-passed': {
    facts: ['person', 'code'],
    nb: '{code} står ikke som bestått på kontoen til {person} i kursportalen, så vi kan ikke lage et kursbevis for det. Tok {person} kurset med en annen e-postadresse, send oss den, så ser vi etter; er kurset nylig tatt, kan det ta litt tid før det er registrert.',
    nn: '{code} står ikkje som bestått på kontoen til {person} i kursportalen, så vi kan ikkje lage eit kursbevis for det. Tok {person} kurset med ei anna e-postadresse, send oss henne, så ser vi etter; er kurset nyleg teke, kan det ta litt tid før det er registrert.',
    en: '{code} is not recorded as passed on the account of {person} in the course portal, so we cannot make a certificate for it. If {person} took the course under another e-mail address, send it to us and we will look; if it was taken recently, it can take a little while to be recorded.',
  },
  'about.W15.nothing-passed': {
    facts: ['person'],
    nb: 'Vi finner ingen beståtte kurs på kontoen til {person} ennå. Et kursbevis lages når kurset er registrert som bestått; er kurset nylig tatt, kan det ta litt tid.',
    nn: 'Vi finn ingen beståtte kurs på kontoen til {person} enno. Eit kursbevis vert laga når kurset er registrert som bestått; er kurset nyleg teke, kan det ta litt tid.',
    en: 'We cannot find any passed courses on the account of {person} yet. A certificate is made once the course is recorded as passed; if it was taken recently, that can take a little while.',
  },
  'about.W5.self-service': {
    facts: ['person'],
    nb: '{person} kan bytte arbeidsgiver selv: logge inn, velge «Oppdater arbeidsgiver» under «Din konto», og eventuelt legge inn arbeidsgiverens referanse i feltet «Referansenummer for fakturering». Er e-postadressen til {person} fra den gamle arbeidsgiveren, bør den også byttes (under «Basisinformasjon»). Til slutt trykker {person} på «Oppdater».',
    nn: '{person} kan byte arbeidsgjevar sjølv: logge inn, velje «Oppdater arbeidsgiver» under «Din konto», og eventuelt leggje inn referansen til arbeidsgjevaren i feltet «Referansenummer for fakturering». Er e-postadressa til {person} frå den gamle arbeidsgjevaren, bør ho òg bytast (under «Basisinformasjon»). Til slutt trykkjer {person} på «Oppdater».',
    en: '{person} can change employer in the portal: log in, choose «Oppdater arbeidsgiver» ("Update employer") in the «Din konto» ("Your account") box, and enter the employer\'s invoice reference, if it uses one, in the field «Referansenummer for fakturering». If the e-mail address of {person} is at the old employer, it should be changed too, under «Basisinformasjon» ("Basic information"). Finally, {person} clicks «Oppdater» ("Update").',
  },
  'about.W5.already': {
    facts: ['person', 'company'],
    nb: 'I kursportalen er {company} allerede registrert som arbeidsgiveren til {person}, så her trengs det ikke gjøres noe.',
    nn: 'I kursportalen er {company} alt registrert som arbeidsgjevaren til {person}, så her treng ingen gjere noko.',
    en: 'The course portal already has {company} as the employer of {person}, so nothing needs to be done.',
  },
  'about.W5.not-customer': {
    facts: ['person', 'company'],
    nb: '{company} er ikke registrert som kunde hos oss ennå, og derfor står firmaet ikke i listen. Arbeidsgiveren må først opprette et kundeforhold ved å sende organisasjonsnummer, firmanavn, fakturaadresse (hvis den er en annen enn i Brønnøysundregistrene), e-post for faktura (hvis firmaet ikke er i ELMA) og en kontaktperson til regnskap@banenor.no. Når firmaet er registrert, flytter vi {person} dit.',
    nn: '{company} er ikkje registrert som kunde hos oss enno, og difor står ikkje firmaet i lista. Arbeidsgjevaren må først opprette eit kundeforhold ved å sende organisasjonsnummer, firmanamn, fakturaadresse (dersom ho er ei anna enn i Brønnøysundregistera), e-post for faktura (dersom firmaet ikkje er i ELMA) og ein kontaktperson til regnskap@banenor.no. Når firmaet er registrert, flyttar vi {person} dit.',
    en: '{company} is not registered as a customer yet, which is why it is not in the list. The employer must first become a customer by sending the organisation number, company name, invoice address (if it differs from the Brønnøysund register), an invoice e-mail (if the company is not in ELMA) and a contact person to regnskap@banenor.no. Once the company is registered, we will move {person} there.',
  },
  'about.W11.self-service': {
    facts: ['person'],
    nb: 'HMS-kortet fornyes annethvert år, og {person} må selv oppdatere nummeret i kursportalen: logge inn, velge «Min profil», gå til «Personlig informasjon», trykke på blyanten, skrive inn det nye kortnummeret og lagre.',
    nn: 'HMS-kortet vert fornya annakvart år, og {person} må sjølv oppdatere nummeret i kursportalen: logge inn, velje «Min profil», gå til «Personlig informasjon», trykkje på blyanten, skrive inn det nye kortnummeret og lagre.',
    en: 'The HMS card is renewed every second year, and {person} must update the number in the course portal: log in, choose «Min profil» ("My profile"), go to «Personlig informasjon» ("Personal information"), click the pencil, enter the new card number and save.',
  },
  'about.W14.explained': {
    facts: ['person'],
    nb: 'Et opplæringsløp er alt {person} må gjennom for å få opplæringen godkjent, for eksempel klasseromskurs, e-læring, skriftlig og praktisk eksamen og praksis. Når {person} er tildelt et løp, viser opplæringsplanen i kursportalen alt som gjenstår. Klasseromskurset i løpet gir ingen plass automatisk: {person} må selv melde seg på en bestemt dato og et sted i kurskalenderen. Kurs med begrenset gyldighet ligger i et opplæringsløp, så {person} får varsel før de går ut.',
    nn: 'Eit opplæringsløp er alt {person} må gjennom for å få opplæringa godkjend, til dømes klasseromskurs, e-læring, skriftleg og praktisk eksamen og praksis. Når {person} er tildelt eit løp, viser opplæringsplanen i kursportalen alt som står att. Klasseromskurset i løpet gjev ingen plass automatisk: {person} må sjølv melde seg på ein bestemd dato og ein stad i kurskalenderen. Kurs med avgrensa gyldigheit ligg i eit opplæringsløp, så {person} får varsel før dei går ut.',
    en: "A training programme is everything {person} must complete to have the training approved, for example classroom courses, e-learning, written and practical exams and practice. Once {person} is assigned a programme, the training plan in the course portal shows everything that remains. The programme's classroom course gives no seat by itself: {person} must book a specific date and place in the course calendar. Courses with a limited validity are part of a programme, so {person} is warned before they run out.",
  },
  'about.W14.none': {
    facts: ['person'],
    nb: '{person} er ikke tildelt noe opplæringsløp i kursportalen ennå. Et opplæringsløp er alt som må gjennomføres for å få opplæringen godkjent (klasseromskurs, e-læring, eksamener og praksis). Når {person} blir tildelt et løp, viser opplæringsplanen alt som gjenstår. Hvilket løp {person} skal ha, avgjør arbeidsgiveren.',
    nn: '{person} er ikkje tildelt noko opplæringsløp i kursportalen enno. Eit opplæringsløp er alt som må gjennomførast for å få opplæringa godkjend (klasseromskurs, e-læring, eksamenar og praksis). Når {person} vert tildelt eit løp, viser opplæringsplanen alt som står att. Kva løp {person} skal ha, avgjer arbeidsgjevaren.',
    en: '{person} has not been assigned a training programme in the course portal yet. A programme is everything that must be completed to have the training approved (classroom courses, e-learning, exams and practice). Once {person} is assigned one, the training plan shows everything that remains. Which programme {person} should have is for the employer to decide.',
  },
  'about.W14.complete': {
    facts: ['person', 'programme', 'until'],
    nb: '{person} har fullført alt i opplæringsløpet {programme}. Godkjenningen gjelder til {until}; {person} får varsel i god tid før det, slik at repetisjonen rekkes.',
    nn: '{person} har fullført alt i opplæringsløpet {programme}. Godkjenninga gjeld til {until}; {person} får varsel i god tid før det, slik at repetisjonen vert teken i tide.',
    en: '{person} has completed everything in the programme {programme}. The approval is valid until {until}; {person} will be reminded in good time to take the refresher.',
  },
  'about.W14.complete-lasting': {
    facts: ['person', 'programme'],
    nb: '{person} har fullført alt i opplæringsløpet {programme}.',
    nn: '{person} har fullført alt i opplæringsløpet {programme}.',
    en: '{person} has completed everything in the programme {programme}.',
  },
  'about.W14.remaining': {
    facts: ['person', 'programme', 'list'],
    nb: 'I opplæringsløpet {programme} gjenstår dette for {person}:\n{list}',
    nn: 'I opplæringsløpet {programme} står dette att for {person}:\n{list}',
    en: 'What {person} still needs for the programme {programme}:\n{list}',
  },
  // The list lines of a reply about someone else: no subject, the paragraph above names the person.
  'about.W14.item-expired': {
    facts: ['course', 'until'],
    nb: '- {course} (gikk ut {until}; må tas på nytt)',
    nn: '- {course} (gjekk ut {until}; må takast på nytt)',
    en: '- {course} (expired {until}; must be taken again)',
  },
  'about.W14.item-booked': {
    facts: ['course', 'when', 'place'],
    nb: '- {course}: påmeldt {when} i {place}',
    nn: '- {course}: påmeld {when} i {place}',
    en: '- {course}: booked on {when} in {place}',
  },
  'about.W14.item-waitlisted': {
    facts: ['course', 'when', 'place', 'position'],
    nb: '- {course}: nummer {position} på ventelisten {when} i {place}',
    nn: '- {course}: nummer {position} på ventelista {when} i {place}',
    en: '- {course}: number {position} on the waitlist for {when} in {place}',
  },
  'about.W14.item-no-date': {
    facts: ['course'],
    nb: '- {course}: ingen dato valgt ennå; datoen velges i kurskalenderen',
    nn: '- {course}: ingen dato vald enno; datoen vert vald i kurskalenderen',
    en: '- {course}: no date chosen yet; a date is booked in the course calendar',
  },
  'about.W14.expiring': {
    facts: ['person', 'list'],
    nb: 'Dette har {person} bestått, men det går snart ut; tar {person} repetisjonen før datoen, holder godkjenningen:\n{list}',
    nn: 'Dette har {person} bestått, men det går snart ut; tek {person} repetisjonen før datoen, held godkjenninga:\n{list}',
    en: '{person} has passed these, but they run out soon; taking the refresher before the date keeps the approval:\n{list}',
  },
  'about.W14.classroom-note': {
    facts: ['person'],
    nb: 'Merk at et klasseromskurs i opplæringsløpet ikke gir plass automatisk: {person} må selv melde seg på en bestemt dato og et sted.',
    nn: 'Merk at eit klasseromskurs i opplæringsløpet ikkje gjev plass automatisk: {person} må sjølv melde seg på ein bestemd dato og ein stad.',
    en: 'Note that a classroom course in a programme does not give a seat by itself: {person} must book a specific date and place.',
  },
  // The change commands' replies with --reply-to: the change is told to the writer, about the person.
  'about.W4.changed': {
    facts: ['person', 'email'],
    nb: 'Vi har endret e-postadressen {person} logger inn med til {email}. Den gamle adressen er tatt vare på i historikken, men virker ikke lenger som brukernavn. {person} lager et nytt passord med «Har du glemt passordet?» på innloggingssiden og den nye adressen, og bør se over brukerinformasjonen under «Din konto» etterpå.',
    nn: 'Vi har endra e-postadressa {person} loggar inn med til {email}. Den gamle adressa er teken vare på i historikken, men verkar ikkje lenger som brukarnamn. {person} lagar eit nytt passord med «Har du glemt passordet?» på innloggingssida og den nye adressa, og bør sjå over brukarinformasjonen under «Din konto» etterpå.',
    en: 'We have changed the e-mail address {person} logs in with to {email}. The old address is kept in the history but no longer works as the user name. {person} makes a new password with «Har du glemt passordet?» ("Forgot your password?") on the login page and the new address, and should check the user details under «Din konto» ("Your account") afterwards.',
  },
  'about.W4.changed-pending': {
    facts: ['person', 'email'],
    nb: 'Vi har endret e-postadressen kontoen til {person} er registrert med til {email}. Kontoen er ikke aktivert ennå: {person} får en egen e-post dit med lenken der kontoen aktiveres og passordet velges.',
    nn: 'Vi har endra e-postadressa kontoen til {person} er registrert med til {email}. Kontoen er ikkje aktivert enno: {person} får ein eigen e-post dit med lenkja der kontoen vert aktivert og passordet vald.',
    en: 'We have changed the e-mail address the account of {person} is registered with to {email}. The account has not been activated yet: {person} will get a separate e-mail there with the link to activate it and choose a password.',
  },
  'about.W5.moved': {
    facts: ['person', 'company'],
    nb: 'Vi har registrert {company} som arbeidsgiveren til {person} i kursportalen. Betalingskurs {person} bestiller fra nå av, faktureres dit.',
    nn: 'Vi har registrert {company} som arbeidsgjevaren til {person} i kursportalen. Betalingskurs {person} tingar frå no av, vert fakturerte dit.',
    en: 'We have registered {company} as the employer of {person} in the course portal. Paid courses {person} books from now on are invoiced to them.',
  },
  'about.W5.reinvoiced': {
    facts: ['person', 'count'],
    nb: 'Påmeldingene til {person} på kurs som ikke har startet ennå ({count} i alt), faktureres også den nye arbeidsgiveren.',
    nn: 'Påmeldingane til {person} på kurs som ikkje har starta enno ({count} i alt), vert òg fakturerte den nye arbeidsgjevaren.',
    en: 'The bookings of {person} on courses that have not started yet ({count} in all) are also invoiced to the new employer.',
  },
  'about.W5.old-domain': {
    facts: ['person', 'email'],
    nb: '{person} logger fortsatt inn med {email}, som er en adresse hos den forrige arbeidsgiveren. Mister {person} den postkassen, kommer {person} ikke inn. {person} kan bytte den under «Basisinformasjon» etter innlogging (avslutt med «Oppdater»), eller skrive til oss med en adresse {person} beholder.',
    nn: '{person} loggar framleis inn med {email}, som er ei adresse hos den førre arbeidsgjevaren. Mistar {person} den postkassa, kjem {person} ikkje inn. {person} kan byte ho under «Basisinformasjon» etter innlogging (avslutt med «Oppdater»), eller skrive til oss med ei adresse {person} held på.',
    en: '{person} still logs in with {email}, an address at the former employer. If {person} loses that mailbox, {person} cannot log in. {person} can change it under «Basisinformasjon» ("Basic information") once logged in, finishing with «Oppdater» ("Update"), or write to us with an address {person} will keep.',
  },
  'about.W10.full': {
    facts: ['person', 'company'],
    nb: 'Kontoen til {person} er nå endret til «Full kurskatalog», og {person} ser hele kurskatalogen. Betalingskurs {person} bestiller, faktureres {company}.',
    nn: 'Kontoen til {person} er no endra til «Full kurskatalog», og {person} ser heile kurskatalogen. Betalingskurs {person} tingar, vert fakturerte {company}.',
    en: 'The account of {person} has been changed to «Full kurskatalog» ("Full course catalogue"), and {person} now sees the whole catalogue. Paid courses {person} books are invoiced to {company}.',
  },
  'about.W10.driver': {
    facts: ['person', 'company'],
    nb: 'Kontoen til {person} er nå endret til «Opplæring for førere», og {person} ser kursene i føreropplæringen. Betalingskurs faktureres {company}.',
    nn: 'Kontoen til {person} er no endra til «Opplæring for førere», og {person} ser kursa i føraropplæringa. Betalingskurs vert fakturerte {company}.',
    en: 'The account of {person} has been changed to «Opplæring for førere» ("Driver training"), and {person} now sees the courses of the train-driver training. Paid courses are invoiced to {company}.',
  },
  'about.W10.free': {
    facts: ['person'],
    nb: 'Kontoen til {person} er nå endret til «Gratis e-læring». {person} ser de gratis kursene, som sikkerhetskursene, men ikke betalingskursene.',
    nn: 'Kontoen til {person} er no endra til «Gratis e-læring». {person} ser dei gratis kursa, som tryggleikskursa, men ikkje betalingskursa.',
    en: 'The account of {person} has been changed to «Gratis e-læring» ("Free e-learning"). {person} sees the free courses, such as the safety courses, but not the paid ones.',
  },
  'about.W10.cancelled': {
    facts: ['person', 'list'],
    nb: 'Disse påmeldingene til {person} er avbestilt, fordi kontotypen ikke gir tilgang til dem:\n{list}',
    nn: 'Desse påmeldingane til {person} er avbestilte, fordi kontotypen ikkje gjev tilgang til dei:\n{list}',
    en: 'These bookings of {person} have been cancelled, as the account type does not give access to them:\n{list}',
  },
  'about.W11.recorded': {
    facts: ['person', 'card', 'due'],
    nb: 'Vi har registrert det nye HMS-kortet til {person} ({card}) i kursportalen. Kortet må fornyes innen {due}; da må nummeret oppdateres igjen, og det kan {person} gjøre selv under «Min profil» og «Personlig informasjon» (trykk på blyanten).',
    nn: 'Vi har registrert det nye HMS-kortet til {person} ({card}) i kursportalen. Kortet må fornyast innan {due}; då må nummeret oppdaterast att, og det kan {person} gjere sjølv under «Min profil» og «Personlig informasjon» (trykk på blyanten).',
    en: 'We have recorded the new HMS card of {person} ({card}) in the course portal. The card is due for renewal by {due}; the number must then be updated again, which {person} can do under «Min profil» ("My profile") and «Personlig informasjon» ("Personal information"): click the pencil to edit.',
  },
  'about.W13.enrolled': {
    facts: ['person', 'course', 'when', 'place'],
    nb: '{person} er nå påmeldt {course} med oppstart {when} i {place}. I kursbeskrivelsen står agenda, tidspunkter og kontaktinformasjon.',
    nn: '{person} er no påmeld {course} med oppstart {when} i {place}. I kursskildringa står agenda, tidspunkt og kontaktinformasjon.',
    en: '{person} is now booked on {course} on {when} in {place}. The course description has the agenda, times and contact details.',
  },
  'about.W13.waitlisted': {
    facts: ['person', 'course', 'when', 'place', 'position'],
    nb: 'Kurset {course} med oppstart {when} i {place} er fullt, så vi har satt {person} på ventelisten som nummer {position}. Blir en plass ledig, får {person} den automatisk, med en e-post når påmeldingen er klar.',
    nn: 'Kurset {course} med oppstart {when} i {place} er fullt, så vi har sett {person} på ventelista som nummer {position}. Vert ein plass ledig, får {person} han automatisk, med ein e-post når påmeldinga er klar.',
    en: '{course} on {when} in {place} is full, so we have put {person} on the waitlist as number {position}. If a seat becomes free it goes to {person} automatically, with an e-mail once the booking is made.',
  },
  'about.W13.unenrolled': {
    facts: ['person', 'course', 'when'],
    nb: 'Vi har meldt {person} av {course} med oppstart {when}. Plassen går videre til den som står først på ventelisten.',
    nn: 'Vi har meldt {person} av {course} med oppstart {when}. Plassen går vidare til den som står først på ventelista.',
    en: 'We have cancelled the seat of {person} on {course} on {when}. The seat goes to the first person on the waitlist.',
  },
  'about.W13.left-waitlist': {
    facts: ['person', 'course', 'when'],
    nb: 'Vi har tatt {person} av ventelisten til {course} med oppstart {when}.',
    nn: 'Vi har teke {person} av ventelista til {course} med oppstart {when}.',
    en: 'We have taken {person} off the waitlist for {course} on {when}.',
  },
  'about.W13.requested': {
    facts: ['person', 'course'],
    nb: 'Vi har registrert ønsket om en ny dato for {course} for {person} og sendt det videre til dem som planlegger kursene. Kurskalenderen oppdateres fortløpende, og {person} får beskjed når en ny dato er satt opp.',
    nn: 'Vi har registrert ønsket om ein ny dato for {course} for {person} og sendt det vidare til dei som planlegg kursa. Kurskalenderen vert oppdatert fortløpande, og {person} får beskjed når ein ny dato er sett opp.',
    en: 'We have recorded the wish of {person} for a new date for {course} and passed it on to the people who plan the courses. The course calendar is updated continuously, and {person} will hear from us when a new date is set.',
  },
  'about.W13.requested-place': {
    facts: ['person', 'course', 'place'],
    nb: 'Vi har registrert ønsket om en ny dato for {course} i {place} for {person} og sendt det videre til dem som planlegger kursene. Kurskalenderen oppdateres fortløpende, og {person} får beskjed når en ny dato er satt opp.',
    nn: 'Vi har registrert ønsket om ein ny dato for {course} i {place} for {person} og sendt det vidare til dei som planlegg kursa. Kurskalenderen vert oppdatert fortløpande, og {person} får beskjed når ein ny dato er sett opp.',
    en: 'We have recorded the wish of {person} for a new date for {course} in {place} and passed it on to the people who plan the courses. The course calendar is updated continuously, and {person} will hear from us when a new date is set.',
  },
  'about.W15.attached': {
    facts: ['person', 'course', 'file', 'certificate'],
    nb: 'Vedlagt er kursbeviset til {person} for {course} ({file}). Kursbeviset har nummeret {certificate}; oppgi det hvis dere spør oss om beviset senere.',
    nn: 'Vedlagt er kursbeviset til {person} for {course} ({file}). Kursbeviset har nummeret {certificate}; oppgje det dersom de spør oss om beviset seinare.',
    en: 'Attached is the certificate of {person} for {course} ({file}). The certificate number is {certificate}; please quote it if you ask us about the certificate later.',
  },
  'about.W15.attached-expired': {
    facts: ['person', 'course', 'file', 'certificate', 'expired'],
    nb: 'Vedlagt er kursbeviset til {person} for {course} ({file}). Merk at gyldigheten gikk ut {expired}: beviset viser at {person} har tatt kurset, men det gjelder ikke som dokumentasjon for arbeid på anlegg. {person} må ta kurset på nytt (repetisjon) for å få et gyldig kursbevis. Kursbeviset har nummeret {certificate}; oppgi det hvis dere spør oss om beviset senere.',
    nn: 'Vedlagt er kursbeviset til {person} for {course} ({file}). Merk at gyldigheita gjekk ut {expired}: beviset viser at {person} har teke kurset, men det gjeld ikkje som dokumentasjon for arbeid på anlegg. {person} må ta kurset på nytt (repetisjon) for å få eit gyldig kursbevis. Kursbeviset har nummeret {certificate}; oppgje det dersom de spør oss om beviset seinare.',
    en: 'Attached is the certificate of {person} for {course} ({file}). Please note that it expired on {expired}: it shows that {person} took the course, but it is no longer valid as proof for work on site. {person} must take the course again (refresher training) to get a valid certificate. The certificate number is {certificate}; please quote it if you ask us about the certificate later.',
  },
  // W12 said to a writer about the person (courses why-hidden --reply-to, triage --answer).
  'about.W12.visible': {
    facts: ['person', 'course', 'code'],
    nb: 'Kurset {course} skal være synlig for {person} i kurskatalogen, og {person} kan melde seg på. Søk gjerne på kurskoden {code}. Finner {person} det fortsatt ikke, send oss et skjermbilde av kurskatalogen.',
    nn: 'Kurset {course} skal vere synleg for {person} i kurskatalogen, og {person} kan melde seg på. Søk gjerne på kurskoden {code}. Finn {person} det framleis ikkje, send oss eit skjermbilete av kurskatalogen.',
    en: 'The course {course} should be visible to {person} in the catalogue, and {person} can enrol. Try searching for the course code {code}. If {person} still cannot find it, send us a screenshot of the catalogue.',
  },
  'about.W12.inactive': {
    facts: ['person', 'course'],
    nb: 'Kurset {course} tilbys ikke lenger, og derfor finner ikke {person} det i kurskatalogen.',
    nn: 'Kurset {course} vert ikkje tilbode lenger, og difor finn ikkje {person} det i kurskatalogen.',
    en: 'The course {course} is no longer offered, which is why {person} cannot find it in the catalogue.',
  },
  'about.W12.paid': {
    facts: ['person', 'course'],
    nb: '{course} er et betalingskurs. Kontoen til {person} er en gratiskonto, og betalingskurs vises ikke for gratisbrukere. For å se og bestille betalingskurs må kontoen endres til «Full kurskatalog», og kurset faktureres da arbeidsgiveren. {person} kan gjøre det selv under «Oppdater brukerkonto» i «Din konto», eller dere kan sende oss navnet og organisasjonsnummeret til arbeidsgiveren (og referansenummeret for fakturering, hvis det brukes), så endrer vi kontoen.',
    nn: '{course} er eit betalingskurs. Kontoen til {person} er ein gratiskonto, og betalingskurs vert ikkje viste for gratisbrukarar. For å sjå og tinge betalingskurs må kontoen endrast til «Full kurskatalog», og kurset vert då fakturert arbeidsgjevaren. {person} kan gjere det sjølv under «Oppdater brukerkonto» i «Din konto», eller de kan sende oss namnet og organisasjonsnummeret til arbeidsgjevaren (og referansenummeret for fakturering, dersom det vert brukt), så endrar vi kontoen.',
    en: '{course} is a paid course. The account of {person} is a free account, and paid courses are not shown to free users. To see and book paid courses the account must be changed to «Full kurskatalog» ("Full course catalogue"), and the course is then invoiced to the employer. {person} can do that under «Oppdater brukerkonto» ("Update user account") in «Din konto» ("Your account"), or send us the name and organisation number of the employer (and the invoice reference number, if one is used), and we will change the account.',
  },
  'about.W12.driver': {
    facts: ['person', 'course'],
    nb: '{course} er en del av førerutdanningen og vises bare for førerkontoer. Skal {person} ha føreropplæring, kan {person} bytte selv under «Oppdater brukerkonto» i «Din konto» ved å velge «Opplæring for førere», eller dere kan sende oss opplysningene om utdanningen, så endrer vi kontotypen.',
    nn: '{course} er ein del av førarutdanninga og vert berre vist for førarkontoar. Skal {person} ha føraropplæring, kan {person} byte sjølv under «Oppdater brukerkonto» i «Din konto» ved å velje «Opplæring for førere», eller de kan sende oss opplysningane om utdanninga, så endrar vi kontotypen.',
    en: '{course} is part of the train-driver training and is shown only to driver accounts. If {person} is in train-driver training, {person} can switch under «Oppdater brukerkonto» ("Update user account") in «Din konto» ("Your account") by choosing «Opplæring for førere» ("Driver training"), or send us the details of the training and we will change the account type.',
  },
  'about.W12.type': {
    facts: ['person', 'course'],
    nb: '{course} vises ikke for kontotypen til {person}.',
    nn: '{course} vert ikkje vist for kontotypen til {person}.',
    en: '{course} is not shown to the type of account {person} has.',
  },
  'about.W12.not-activated': {
    facts: ['person'],
    nb: 'Kontoen til {person} er ikke aktivert ennå, så {person} kan ikke logge inn og melde seg på. Ved registreringen kom det en e-post med en lenke der passordet velges; den kan ligge i søppelposten. Finner ikke {person} den, svar på denne e-posten, så sender vi en ny lenke til innloggingsadressen.',
    nn: 'Kontoen til {person} er ikkje aktivert enno, så {person} kan ikkje logge inn og melde seg på. Ved registreringa kom det ein e-post med ei lenkje der passordet vert valt; han kan liggje i søppelposten. Finn ikkje {person} han, svar på denne e-posten, så sender vi ei ny lenkje til innloggingsadressa.',
    en: 'The account of {person} has not been activated yet, so {person} cannot log in and enrol. At registration an e-mail came with a link to choose a password; it may be in the spam folder. If {person} cannot find it, reply to this e-mail and we will send a new link to the login address.',
  },
  'about.W12.passed-until': {
    facts: ['person', 'course', 'until'],
    nb: '{person} har allerede bestått {course}, og kompetansen gjelder til {until}. Derfor kan ikke {person} melde seg på nå; repetisjonen tas før den datoen.',
    nn: '{person} har alt bestått {course}, og kompetansen gjeld til {until}. Difor kan ikkje {person} melde seg på no; repetisjonen vert teken før den datoen.',
    en: '{person} has already passed {course}, and the qualification is valid until {until}. That is why {person} cannot enrol now; the refresher is taken before that date.',
  },
  'about.W12.passed': {
    facts: ['person', 'course'],
    nb: '{person} har allerede bestått {course}, og kurset trenger ikke tas på nytt.',
    nn: '{person} har alt bestått {course}, og kurset treng ikkje takast på nytt.',
    en: '{person} has already passed {course}, and it does not need to be taken again.',
  },
  'about.W12.booked': {
    facts: ['person', 'course'],
    nb: '{person} er allerede påmeldt {course}, så det trengs ingen ny påmelding.',
    nn: '{person} er alt påmeld {course}, så det trengst inga ny påmelding.',
    en: '{person} is already booked on {course}, so there is no need to book again.',
  },
  'about.W12.booked-waitlist': {
    facts: ['person', 'course'],
    nb: '{person} står allerede på ventelisten til {course}. Blir en plass ledig, får {person} den automatisk, med beskjed når påmeldingen er klar.',
    nn: '{person} står alt på ventelista til {course}. Vert ein plass ledig, får {person} han automatisk, med beskjed når påmeldinga er klar.',
    en: '{person} is already on the waitlist for {course}. If a seat becomes free it goes to {person} automatically, with word once the booking is made.',
  },
  'about.W12.no-unit': {
    facts: ['person', 'course'],
    nb: 'Det er ingen planlagte datoer for {course} nå. {person} kan be om en ny dato med «Be om ny kursenhet» på kurset, eller dere kan svare oss med hvilket sted som passer best, så melder vi ønsket videre til dem som planlegger kursene.',
    nn: 'Det er ingen planlagde datoar for {course} no. {person} kan be om ein ny dato med «Be om ny kursenhet» på kurset, eller de kan svare oss med kva stad som passar best, så melder vi ønsket vidare til dei som planlegg kursa.',
    en: 'There are no scheduled dates for {course} at the moment. {person} can ask for a new date with «Be om ny kursenhet» ("Request a new course unit") on the course, or reply with the place that suits best and we will pass the wish on to the people who plan the courses.',
  },
  'about.W12.all-full': {
    facts: ['person', 'course'],
    nb: 'Alle datoene for {course} er fulle. {person} kan melde seg på ventelisten; blir en plass ledig, får {person} den automatisk og en e-post om det.',
    nn: 'Alle datoane for {course} er fulle. {person} kan melde seg på ventelista; vert ein plass ledig, får {person} han automatisk og ein e-post om det.',
    en: 'Every date for {course} is full. {person} can join the waitlist; if a seat becomes free, it goes to {person} automatically, with an e-mail about it.',
  },
  // W4 asked by someone else: the login stays masked, and the new address must be the person's own.
  'about.W4.new-address-needed': {
    facts: ['person', 'email'],
    nb: 'Vi har funnet kontoen til {person}. Den er registrert på {email} (av hensyn til personvernet viser vi bare en del av adressen). For å bytte innloggingsadressen trenger vi den nye e-postadressen {person} skal logge inn med, en adresse {person} selv leser; svar på denne e-posten med den. Husker {person} passordet, kan {person} også logge inn med den gamle adressen og bytte den selv under «Din konto».',
    nn: 'Vi har funne kontoen til {person}. Han er registrert på {email} (av omsyn til personvernet viser vi berre ein del av adressa). For å byte innloggingsadressa treng vi den nye e-postadressa {person} skal logge inn med, ei adresse {person} sjølv les; svar på denne e-posten med ho. Hugsar {person} passordet, kan {person} også logge inn med den gamle adressa og byte ho sjølv under «Din konto».',
    en: 'We have found the account of {person}. It is registered to {email} (for privacy we show only part of the address). To change the login address we need the new e-mail address {person} will log in with, an address {person} reads personally; please reply to this e-mail with it. If {person} remembers the password, {person} can also log in with the old address and change it under «Din konto» ("Your account").',
  },
  // Access to one's data and erasure are the person's own rights: on a third party's word we neither
  // hand the data over nor delete, and say so.
  'about.W20.answer': {
    facts: ['person'],
    nb: 'Hva vi lagrer om {person}, kan vi bare sende til {person} selv, og kontoen sletter vi bare når {person} selv ber om det: opplysningene tilhører den de gjelder, og vi kan ikke utlevere eller slette dem på en annens vegne. Be {person} skrive til oss fra e-postadressen kontoen er registrert med, så sender vi en oversikt over alt vi har lagret, eller sletter kontoen. Vi lagrer det som trengs for kursene: navn, fødselsdato, e-postadresser, HMS-kortnummer, kontotype, arbeidsgiver og kurshistorikk; fødselsnummeret lagres ikke i lesbar form.',
    nn: 'Kva vi lagrar om {person}, kan vi berre sende til {person} sjølv, og kontoen slettar vi berre når {person} sjølv ber om det: opplysningane høyrer til den dei gjeld, og vi kan ikkje utlevere eller slette dei på vegner av ein annan. Be {person} skrive til oss frå e-postadressa kontoen er registrert med, så sender vi ei oversikt over alt vi har lagra, eller slettar kontoen. Vi lagrar det som trengst for kursa: namn, fødselsdato, e-postadresser, HMS-kortnummer, kontotype, arbeidsgjevar og kurshistorikk; fødselsnummeret vert ikkje lagra i lesbar form.',
    en: "An overview of what we store about {person} can only go to {person}, and we delete the account only when {person} asks for it: the data belongs to the person it is about, and we cannot hand it over or delete it on someone else's word. Please ask {person} to write to us from the address the account is registered with, and we will send an overview of everything we hold, or delete the account. We keep what the courses need: name, date of birth, e-mail addresses, HMS card number, account type, employer and course history; the national ID number is not kept in readable form.",
  },
  // A parent or guardian asks for a child's data or erasure: neither the FAQ nor our conventions give a
  // guardian that right on their own word, so the request still comes from the account's login, and the
  // reply says how a guardian goes about it (no privacy contact of the school is named anywhere we know).
  'about.W20.guardian': {
    facts: ['person'],
    nb: 'Det gjelder også når den som skriver, er forelder eller verge: vi kan ikke se fra en e-post hvem som er foresatt. Dere kan skrive forespørselen sammen med {person}, sendt fra e-postadressen kontoen er registrert med; da vet vi at den kommer fra kontoen, og vi svarer til den adressen.',
    nn: 'Det gjeld også når den som skriv, er forelder eller verje: vi kan ikkje sjå frå ein e-post kven som er føresett. De kan skrive førespurnaden saman med {person}, send frå e-postadressa kontoen er registrert med; då veit vi at han kjem frå kontoen, og vi svarar til den adressa.',
    en: 'This also applies when a parent or guardian writes: we cannot tell from an e-mail who is the guardian. You can write the request together with {person} and send it from the address the account is registered with; we then know it comes from the account, and we answer to that address.',
  },
  // A link for someone else's account goes to that account's login only; the writer is told so.
  'about.links.corrected': {
    facts: ['person', 'email'],
    nb: 'E-postadressen på kontoen til {person} var skrevet feil, og derfor nådde ikke e-postene våre fram. Vi har rettet den til {email}; det er også den {person} logger inn med.',
    nn: 'E-postadressa på kontoen til {person} var skriven feil, og difor nådde ikkje e-postane våre fram. Vi har retta ho til {email}; det er også den {person} loggar inn med.',
    en: 'The e-mail address on the account of {person} was misspelled, which is why our e-mails did not arrive. We have corrected it to {email}, which is also the address {person} logs in with.',
  },
  'about.links.queued.activation': {
    facts: ['email', 'lifetime', 'person'],
    nb: 'Vi sender nå en e-post til {email}, innloggingsadressen til {person}, med en lenke der {person} kan aktivere kontoen og velge et passord. Lenken gjelder i {lifetime} og kan brukes én gang; av sikkerhetshensyn sender vi den bare til denne adressen. Har den gått ut, kan {person} svare på e-posten fra oss.\n\nKommer ikke e-posten fram i løpet av en stund, kan den ligge i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Vi sender no ein e-post til {email}, innloggingsadressa til {person}, med ei lenkje der {person} kan aktivere kontoen og velje eit passord. Lenkja gjeld i {lifetime} og kan brukast éin gong; av omsyn til tryggleiken sender vi ho berre til denne adressa. Har ho gått ut, kan {person} svare på e-posten frå oss.\n\nKjem ikkje e-posten fram i løpet av ei stund, kan han liggje i mappa for søppelpost eller uønskt e-post. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'We are sending an e-mail to {email}, the login address of {person}, with a link where {person} can activate the account and choose a password. The link works for {lifetime} and only once; for security we send it to that address only. If it runs out, {person} can simply reply to our e-mail.\n\nIf the e-mail has not arrived in a while, it may be in the spam or junk folder. Earlier links from us no longer work.',
  },
  'about.links.queued.reset': {
    facts: ['email', 'lifetime', 'person'],
    nb: 'Vi sender nå en e-post til {email}, innloggingsadressen til {person}, med en lenke der {person} kan velge et nytt passord. Lenken gjelder i {lifetime} og kan brukes én gang; av sikkerhetshensyn sender vi den bare til denne adressen. Etter det kan {person} selv be om en ny med «Har du glemt passordet?» på innloggingssiden.\n\nKommer ikke e-posten fram i løpet av en stund, kan den ligge i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Vi sender no ein e-post til {email}, innloggingsadressa til {person}, med ei lenkje der {person} kan velje eit nytt passord. Lenkja gjeld i {lifetime} og kan brukast éin gong; av omsyn til tryggleiken sender vi ho berre til denne adressa. Etter det kan {person} sjølv be om ei ny med «Har du glemt passordet?» på innloggingssida.\n\nKjem ikkje e-posten fram i løpet av ei stund, kan han liggje i mappa for søppelpost eller uønskt e-post. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'We are sending an e-mail to {email}, the login address of {person}, with a link where {person} can choose a new password. The link works for {lifetime} and only once; for security we send it to that address only. After that {person} can ask for a new one with «Har du glemt passordet?» ("Forgot your password?") on the login page.\n\nIf the e-mail has not arrived in a while, it may be in the spam or junk folder. Earlier links from us no longer work.',
  },
  'about.links.mailed.activation': {
    facts: ['person', 'email', 'lifetime'],
    nb: 'Vi har nå sendt en e-post til {email}, innloggingsadressen til {person}, med en lenke der {person} kan aktivere kontoen og velge et passord. Lenken gjelder i {lifetime} og kan brukes én gang; av sikkerhetshensyn sender vi den bare til denne adressen. Har den gått ut, kan {person} svare på e-posten fra oss.\n\nKommer ikke e-posten fram i løpet av noen minutter, kan den ligge i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Vi har no sendt ein e-post til {email}, innloggingsadressa til {person}, med ei lenkje der {person} kan aktivere kontoen og velje eit passord. Lenkja gjeld i {lifetime} og kan brukast éin gong; av omsyn til tryggleiken sender vi ho berre til denne adressa. Har ho gått ut, kan {person} svare på e-posten frå oss.\n\nKjem ikkje e-posten fram i løpet av nokre minutt, kan han liggje i mappa for søppelpost eller uønskt e-post. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'We have just sent an e-mail to {email}, the login address of {person}, with a link where {person} can activate the account and choose a password. The link works for {lifetime} and only once; for security we send it to that address only. If it runs out, {person} can simply reply to our e-mail.\n\nIf the e-mail has not arrived within a few minutes, it may be in the spam or junk folder. Earlier links from us no longer work.',
  },
  'about.links.mailed.reset': {
    facts: ['person', 'email', 'lifetime'],
    nb: 'Vi har nå sendt en e-post til {email}, innloggingsadressen til {person}, med en lenke der {person} kan velge et nytt passord. Lenken gjelder i {lifetime} og kan brukes én gang; av sikkerhetshensyn sender vi den bare til denne adressen. Etter det kan {person} selv be om en ny med «Har du glemt passordet?» på innloggingssiden.\n\nKommer ikke e-posten fram i løpet av noen minutter, kan den ligge i mappen for søppelpost eller uønsket e-post. Eldre lenker fra oss virker ikke lenger.',
    nn: 'Vi har no sendt ein e-post til {email}, innloggingsadressa til {person}, med ei lenkje der {person} kan velje eit nytt passord. Lenkja gjeld i {lifetime} og kan brukast éin gong; av omsyn til tryggleiken sender vi ho berre til denne adressa. Etter det kan {person} sjølv be om ei ny med «Har du glemt passordet?» på innloggingssida.\n\nKjem ikkje e-posten fram i løpet av nokre minutt, kan han liggje i mappa for søppelpost eller uønskt e-post. Eldre lenkjer frå oss verkar ikkje lenger.',
    en: 'We have just sent an e-mail to {email}, the login address of {person}, with a link where {person} can choose a new password. The link works for {lifetime} and only once; for security we send it to that address only. After that {person} can ask for a new one with «Har du glemt passordet?» ("Forgot your password?") on the login page.\n\nIf the e-mail has not arrived within a few minutes, it may be in the spam or junk folder. Earlier links from us no longer work.',
  },
} as const satisfies Record<string, ReplyEntry>;

export type ReplyKey = keyof typeof REPLIES;
/** The facts a given entry needs, all as text (callers format dates, numbers and masks first). */
export type FactsOf<K extends ReplyKey> = { [F in (typeof REPLIES)[K]['facts'][number]]: string };

export const REPLY_LANGS: readonly ReplyLang[] = ['nb', 'nn', 'en'];

export function textOf(key: ReplyKey, lang: ReplyLang): string {
  return (REPLIES[key] as ReplyEntry)[lang];
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholders a text uses, in order (for the catalogue test and for callers' checks). */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string);
}

/**
 * One entry with its facts put in. A fact the entry declares but the caller left out is a bug, not a
 * user's mistake, so it throws rather than sending a reply with a hole in it.
 */
export function fill<K extends ReplyKey>(key: K, lang: ReplyLang, facts: FactsOf<K>): string {
  const values = facts as Record<string, string>;
  return textOf(key, lang).replace(PLACEHOLDER, (_, name: string, at: number, whole: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`reply ${key}: the fact {${name}} was not given`);
    // A person said as a phrase ("den det gjelder") starts a sentence with a capital, as a name does.
    const startsSentence = at === 0 || /(?:[.!?:]\s|\n)$/.test(whole.slice(0, at));
    return name === 'person' && startsSentence ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}

/** A paragraph of a reply: an entry and its facts. */
export type Paragraph = { [K in ReplyKey]: { key: K; facts: FactsOf<K> } }[ReplyKey];

export function paragraph<K extends ReplyKey>(key: K, facts: FactsOf<K>): Paragraph {
  return { key, facts } as Paragraph;
}

/** A whole reply: the greeting (with the first name when known), the paragraphs, and the signature. */
export function composeReply(
  lang: ReplyLang,
  firstName: string | null | undefined,
  paragraphs: readonly (Paragraph | string)[],
): string {
  const greeting = firstName
    ? fill('greeting', lang, { name: firstName })
    : fill('greeting.anonymous', lang, {});
  const body = paragraphs.map((p) =>
    typeof p === 'string' ? p : fill(p.key, lang, p.facts as FactsOf<typeof p.key>),
  );
  return `${[greeting, ...body, fill('signature', lang, {})].join('\n\n')}\n`;
}

/**
 * A paragraph as said to someone writing about another person (HR, a manager, a parent): its `about.`
 * entry with the person's name, when the catalogue has one; else the paragraph as it is.
 */
export function aboutPerson<P extends Paragraph | string>(p: P, person: string): Paragraph | P {
  if (typeof p === 'string') return p;
  const key = `about.${p.key}`;
  if (!(key in REPLIES)) return p;
  return { key, facts: { ...p.facts, person } } as unknown as Paragraph;
}

/**
 * A whole reply to someone writing about `person` (undefined: to the person themselves): the greeting
 * names the writer (`firstName`), and each paragraph with an `about.` entry speaks of the person by name.
 */
export function composeAbout(
  lang: ReplyLang,
  firstName: string | null | undefined,
  person: string | undefined,
  paragraphs: readonly (Paragraph | string)[],
): string {
  return composeReply(
    lang,
    firstName,
    person === undefined ? paragraphs : paragraphs.map((p) => aboutPerson(p, person)),
  );
}
