// The buttons, boxes, fields and choices of the course portal that a reply may name, exactly as the
// portal's public FAQ writes them (the portal is in Norwegian only). A reply in any language quotes the
// label itself, «like this», so the learner finds the words on the screen; an English reply may add the
// meaning once, in brackets: «Oppdater» ("Update"). A step the FAQ gives no label for is described in
// words instead. Each entry cites, in a comment, the FAQ sentence the label is taken from.

export interface PortalLabel {
  /** As the FAQ spells it: the text inside «…» in every reply. */
  label: string;
  /** The English meaning an English reply may give in brackets after the label; null when none helps. */
  en: string | null;
}

export const PORTAL_LABELS = [
  // Registrering for første gang: «Velg «Gratis e-læring» om du er her utelukkende for å ta Bane NORs
  // sikkerhetskurs eller annen gratis opplæring.»
  { label: 'Gratis e-læring', en: 'Free e-learning' },
  // «Velg «Full kurskatalog» for å få tilgang til hele kurskatalogen»; also the account page: «klikker du
  // på «Full kurskatalog» og fyller inn nødvendige informasjonsfelter»
  { label: 'Full kurskatalog', en: 'Full course catalogue' },
  // «Velg «Fører» hvis du skal ha føreropplæring» (the choice when registering)
  { label: 'Fører', en: 'Driver' },
  // Oppdater brukerkonto: «Hvis du ønsker å gå fra «Gratis kurs» til «Full kurskatalog» …»
  { label: 'Gratis kurs', en: 'Free courses' },
  // «Hvis du ønsker å endre fra «Full kurskatalog» til «Opplæring for førere», klikker du på «Opplæring
  // for førere» og fyller inn nødvendig informasjon om førere» (the driver choice on the account page)
  { label: 'Opplæring for førere', en: 'Driver training' },
  // «Logg inn i kursportalen via Banenettet og trykk på fanen "Driv" øverst på nettsiden.»
  { label: 'Driv', en: null },
  // «I noen tilfeller vil du bli bedt om å oppgi Firma-ID.»
  { label: 'Firma-ID', en: 'company ID' },
  // «gå til innloggingssiden, velg "logg på", "Har du glemt passordet?" og skriv inn den registrerte
  // e-postadressen din.»
  { label: 'logg på', en: 'log in' },
  { label: 'Har du glemt passordet?', en: 'Forgot your password?' },
  // «Husk å endre din brukerinfo ved å gå til feltet «Din konto» når du er logget inn.»
  { label: 'Din konto', en: 'Your account' },
  // «Klikk på «Oppdater arbeidsgiver» i feltet nederst til høyre som heter «Din konto».»
  { label: 'Oppdater arbeidsgiver', en: 'Update employer' },
  // «hvis din nye arbeidsgiver ønsker å benytte intern faktureringsinformasjon, skal dette skrives inn i
  // feltet «Referansenummer for fakturering».»
  { label: 'Referansenummer for fakturering', en: 'Invoice reference number' },
  // «må denne også oppdateres (under «Basisinformasjon» til venstre i bildet)»
  { label: 'Basisinformasjon', en: 'Basic information' },
  // «Avslutt med å klikke på «Oppdater» nederst til høyre.»
  { label: 'Oppdater', en: 'Update' },
  // «Klikk «Endre passord» i feltet nederst til høyre som heter «Din konto»»
  { label: 'Endre passord', en: 'Change password' },
  // «Klikk «Oppdater brukerkonto» i feltet nederst til høyre som heter «Din konto»»
  { label: 'Oppdater brukerkonto', en: 'Update user account' },
  // «Velg «Min profil»»
  { label: 'Min profil', en: 'My profile' },
  // «Gå inn på «Personlig informasjon» og trykk på "blyanten"»
  { label: 'Personlig informasjon', en: 'Personal information' },
  // «fra startsiden er det et søkefelt hvor det står «Hva vil du LÆRE i dag?».»
  { label: 'Hva vil du LÆRE i dag?', en: 'What do you want to LEARN today?' },
  // «fra startsiden er det en lenke rett under søkefeltet som heter «Bla gjennom alle kurs».»
  { label: 'Bla gjennom alle kurs', en: 'Browse all courses' },
  // «Her er den en knapp som heter «Alle kategorier» hvor du kan gå videre inn og finne kurs sortert på
  // fagområder.»
  { label: 'Alle kategorier', en: 'All categories' },
  // «kan du be om ny dato ved å klikke på «Be om ny kursenhet»»
  { label: 'Be om ny kursenhet', en: 'Request a new course unit' },
  // «Du kan finne kursbeviset ditt ved å gå til feltet som heter «Historikk».»
  { label: 'Historikk', en: 'History' },
  // «Trykk på «Vis alt» for å få en oversikt med alle kurs som er gjennomført på din bruker.»
  { label: 'Vis alt', en: 'Show all' },
  // «Under kolonnen «Handling» vil det være et printer-ikon som du kan trykke på.»
  { label: 'Handling', en: 'Action' },
] as const satisfies readonly PortalLabel[];

export type PortalLabelText = (typeof PORTAL_LABELS)[number]['label'];

/** The entry of a label, or undefined when the FAQ names no such label. */
export function portalLabel(label: string): PortalLabel | undefined {
  return (PORTAL_LABELS as readonly PortalLabel[]).find((l) => l.label === label);
}
