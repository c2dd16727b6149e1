// What each FAQ topic is about, in the words people use for it (bokmål, nynorsk, English, text-message
// style). Not matched as phrases: these are training examples of the topic model beside the labelled
// tickets, so they name the topic's concepts and their synonyms rather than any ticket's wording. A
// support lead may add a line; `npm run train:topics` then rebuilds the model.
import type { TopicId } from './types.js';

export const TOPIC_DESCRIPTIONS: Readonly<Partial<Record<TopicId, readonly string[]>>> = {
  W1: [
    'husker ikke hvilken e-postadresse brukernavn jeg registrerte meg med, finn kontoen min, fødselsdato',
    'fødselsnummeret er allerede i bruk, det finnes allerede en bruker på meg, duplikat konto, eksisterende bruker',
    'hugsar ikkje kva e-post eg registrerte meg med, fødselsnummeret er allereie i bruk, konto frå før',
    'forgot which email username I registered with, national ID number already in use, existing account duplicate',
    'D-nummer allerede registrert, kan ikke opprette ny konto fordi jeg har konto fra før, hvilken mail står på kontoen',
    'which e-mail address is my login, look me up, I had an account years ago, cannot remember the username',
  ],
  W2: [
    'ikke mottatt aktiveringslenke aktiveringsmail etter registrering, e-posten kom aldri, sjekket søppelpost spam',
    'aktivere kontoen, bekrefte e-post, bekreftelseslenke, verifisere brukeren, send lenken på nytt',
    'ikkje fått e-post for å aktivere brukaren, stadfeste kontoen, lenkja kom aldri, søppelpost',
    'never received the activation email, confirmation verification link did not arrive, resend, spam junk folder',
    'registrerte meg men fikk ingen mail for førstegangs pålogging, sette passord første gang, lenke ikke kommet',
    'signed up registered but no email came to verify confirm activate my account, inbox empty',
  ],
  W3: [
    'glemt passord, tilbakestille passordet, nytt passord, får ikke logget inn, kommer ikke inn, innlogging feiler',
    'kontoen er låst sperret utestengt etter feil passord, lås opp, feil brukernavn eller passord',
    'gløymt passordet, får ikkje logga inn, nullstille passord, kjem ikkje inn',
    'forgot my password, reset password, cannot log in sign in, locked out, wrong credentials, unlock account',
    'glemt passord lenken fungerer ikke, tilbakestillingslenke utløpt, reset link expired not working',
  ],
  W4: [
    'ny jobb og har ikke lenger tilgang til den gamle e-posten, endre innloggings-e-post brukernavn til ny adresse',
    'e-postadressen fra forrige arbeidsgiver er stengt, bytte e-post på kontoen, ny e-postadresse',
    'har ikkje tilgang til den gamle e-posten lenger, endre e-postadressa eg loggar inn med',
    'no access to my old work email anymore, change the login email address username to my new private address',
    'old address deactivated, update my email on the account, old company address',
  ],
  W5: [
    'byttet arbeidsgiver, ny jobb, flytte brukeren min til nytt firma, oppdatere arbeidsgiver, feil arbeidsgiver',
    'har sluttet og begynt i nytt selskap, knytte kontoen til ny bedrift, fakturareferanse',
    'bytta arbeidsgjevar, ny jobb, flytte brukaren til nytt firma, oppdatere arbeidsgjevar',
    'changed employer, new job, move my account to the new company, update employer, wrong employer on profile',
    'I now work for a different contractor, connect my user to the new firm so courses are invoiced there',
  ],
  W6: [
    'fusjon oppkjøp sammenslåing av selskaper, flytte alle ansatte fra det gamle firmaet til det nye, liste over ansatte',
    'selskapet er kjøpt opp, virksomhetsoverdragelse, alle våre ansatte skal over til ny organisasjon',
    'company merger acquisition, transfer all employees learners from the old company to the new one, list of staff',
    'fusjonert med, slått sammen, nytt organisasjonsnummer for alle ansatte, bulk flytting',
  ],
  W7: [
    'firmaet vårt finnes ikke i listen over arbeidsgivere, registrere bedriften som kunde, kundeforhold, organisasjonsnummer',
    'finner ikke arbeidsgiveren min når jeg oppretter bruker, selskapet mangler i nedtrekkslisten',
    'firmaet står ikkje i lista, registrere bedrifta som kunde, finn ikkje arbeidsgjevaren',
    'our company is not in the list, register our firm as a customer, org number invoice address contact person',
    'fakturaadresse, faktura e-post EHF ELMA, kontaktperson, nytt firma skal opprettes',
  ],
  W8: [
    'vedlagt regneark fil csv excel med nye kunder som skal importeres, liste over firma',
    'regnskap sender liste over nye kundeforhold, importer selskapene fra filen',
    'attached spreadsheet csv file of new customer companies to import in bulk',
  ],
  W9: [
    'sjekke organisasjonsnummer i Brønnøysundregisteret, enhetsregisteret, er firmaet registrert i ELMA, kan motta e-faktura EHF',
    'slå opp orgnummer, finnes selskapet i registeret, er bedriften aktiv',
    'look up an organisation number in the business register, is the company in ELMA, can it receive e-invoices',
  ],
  W10: [
    'bytte brukertype kontotype fra gratis e-læring til full kurskatalog, ser bare gratis kurs, betalte kurs',
    'trenger fører-konto, lokfører, togfører, føreropplæring, førerutdanning, endre til fører',
    'endre brukartype frå gratis til full kurskatalog, førarbrukar, lokførar',
    'change account type from free to full catalogue, upgrade my user, paid courses, train driver account type',
    'I am a train driver trainee, need driver profile, driver details, upgrade to full access',
  ],
  W11: [
    'nytt HMS-kort, fornyet byggekort, nytt kortnummer, oppdatere HMS-kortnummer, kortet har utløpt',
    'fått nytt HMS kort, endre nummeret på kortet i profilen, byggekortet er byttet',
    'nytt HMS-kort, oppdatere kortnummeret, kortet har gått ut',
    'new HMS card, construction site ID card renewed expired, update the card number on my profile',
  ],
  W12: [
    'finner ikke kurset i kurskatalogen, kurset vises ikke, søker men får ingen treff, kurset er borte',
    'ser ikke kurset, hvor finner jeg kurs, kurset dukker ikke opp når jeg søker',
    'finn ikkje kurset, kurset kjem ikkje opp i katalogen',
    'cannot find the course in the catalogue, course not visible hidden, search shows nothing, where is the course',
  ],
  W13: [
    'kurset er fullt fullbooket, ingen ledige plasser, venteliste, ingen datoer, ny kursdato, be om ny kursenhet',
    'melde meg på klasseromskurs, melde meg av, avbestille plassen, kan ikke komme, flytte til annen dato',
    'kurset er fullt, ingen ledige plassar, venteliste, melde seg av, ingen datoar',
    'course is full, no seats left, waitlist waiting list, no dates scheduled, request a new session, cancel my seat enrol',
    'påmelding, oppmøte, kurssted, sted og tid for kurset, flere datoer, klasserom',
  ],
  W14: [
    'hva mangler jeg i opplæringsløpet, hva gjenstår for å bli godkjent, opplæringsplan, status på opplæringen',
    'kurset utløper, gyldighet, repetisjon, oppfriskningskurs, fornye sertifiseringen, utløpsdato',
    'kva manglar eg i opplæringsløpet, kva står att, gyldigheita går ut',
    'what do I still need to complete my training programme, progress, requirements, qualification expires, refresher',
  ],
  W15: [
    'kursbevis, kursbeviset, sertifikat, dokumentasjon på gjennomført kurs, bevis, skrive ut, kopi av kursbevis',
    'læringshistorikk, historikk, vise at jeg har bestått kurset, diplom, attest',
    'kursprov, kursbevis, dokumentasjon på fullført kurs, historikken',
    'course certificate, proof of completion, diploma, print my certificate, training record history, passed the course',
  ],
  W16: [
    'kan dere opprette bruker for ny ansatt, registrere en person for oss, lage konto for kollega',
    'vi har en nyansatt som trenger konto i kursportalen, registrer ham, registrer henne',
    'please register this person, create an account for our new employee, set up a user for my colleague',
  ],
  W17: [
    'hvem har endret profilen min, hvem endret e-postadressen, logg over endringer, når ble dette endret',
    'noen har endret kontoen min uten at jeg vet det, endringslogg, historikk over endringer, revisjon',
    'who changed my account profile, audit log of changes, when was my email changed and by whom',
  ],
  W19: [
    'testdata, fiktive deltakere til testmiljøet, generere data, laste inn i testdatabasen, anonymisert kopi',
    'test data for our CI pipeline, fixture dump, generator, fake learners, seed data for the test environment',
  ],
  W20: [
    'slett meg, slette kontoen, fjerne opplysningene mine, personopplysninger, innsyn, GDPR, personvern',
    'hvilke data lagrer dere om meg, utlevering av personopplysninger, anonymisere, avslutte brukeren',
    'slett kontoen min, kva opplysningar har de om meg, innsyn',
    'delete my account, remove my personal data, GDPR request, what data do you store about me, right to be forgotten',
  ],
  registration: [
    'hvordan registrerer jeg meg første gang, opprette ny brukerkonto, lage profil, hvilken brukertype skal jeg velge',
    'har ikke HMS-kort eller fødselsnummer, D-nummer, utenlandsk arbeider, Firma-ID, hva er firma id',
    'korleis registrerer eg meg, opprette ny brukar, ny i kursportalen',
    'how do I sign up register create a new account, which account type, no Norwegian ID, what is company ID',
    'ansatt i Bane NOR, logge inn via Banenettet, ny ekstern bruker, lærling skal ta sikkerhetskurs',
  ],
  other: [
    'takk for hjelpen, det fungerer nå, ordnet, mottatt, supert',
    'fraværsmelding, er på ferie, out of office, automatic reply, tilbake på kontoret, ved hastesaker kontakt',
    'reklame, tilbud, nyhetsbrev, unsubscribe, markedsføring, gratis prøve, vinn, kampanje',
    'thanks it works now, sorted, much appreciated, newsletter offer promotion, invoice for your order',
    'overnatting, hotell, reise, lønn, timeliste, spørsmål som ikke gjelder kursportalen',
  ],
};
