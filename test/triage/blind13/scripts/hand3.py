# Hand-written tickets, part 3 (courses, programmes, certificates).
from ids import fnr, fnr_bad, org, org_bad
from hand1 import T
L = '03'

T(L, 'nb', ['W15'], 'Gunnar Høyland <gunnar.hoyland@gmail.com>', 'kursbevis',
"""Trenger kursbevis for Grunnkurs sikkerhet, tok det i mars. Finner det ikke under historikk.
Gunnar Høyland
""", ['Gunnar Høyland'], [], ['gunnar.hoyland@gmail.com'])

T(L, 'nb', ['W13'], 'Vaktplanlegger Storøya Drift <vaktplan@storoya-eksempel.no>', 'Påmelding 6 stk - kurset fullt',
"""Hei

Jeg prøver å melde på seks av våre folk til klasseromskurset "Arbeid i og nær spor" i Drammen 14. januar, men det står fullt. Kan de settes på venteliste, eller finnes det andre datoer med ledige plasser?

1. Kenneth Årdal
2. Lena Moe
3. Dariusz Nowak
4. Fredrik Sæther
5. Amina Yusuf
6. Tor Inge Vassli

Mvh
Bente Kolstad
Vaktplanlegger, Storøya Drift AS
""", ['Kenneth Årdal', 'Lena Moe', 'Dariusz Nowak', 'Fredrik Sæther', 'Amina Yusuf', 'Tor Inge Vassli'], [], [])

T(L, 'en', ['W14'], 'Oliver Bennett <oliver.bennett@outlook.com>', 'training programme question',
"""Hi team,

So I've been assigned the "Signal maintenance" programme (opplæringsløp), and I've done the e-learning parts and the written exam, I think. The plan still shows it as not approved. Do I also have to sign up for a classroom date separately? Nobody told me that. What exactly is left for me?

Thanks,
Oliver
""", ['Oliver Bennett'], [], ['oliver.bennett@outlook.com'])

T(L, 'nb', ['W12'], 'Randi Flatebø <randi.flatebo@online.no>', 'finner ikke kurs',
"""Hei! Jeg leter etter kurset "Elsikkerhet jernbane FSE" men får ingen treff når jeg søker. Har full kurskatalog. Er kurset lagt ned?
Randi Flatebø
""", ['Randi Flatebø'], [], ['randi.flatebo@online.no'])

T(L, 'nn', ['W13'], 'Olav Reinsnos <olav.reinsnos@gmail.com>', 'Ingen datoar',
"""Hei. Eg skal ta kurset KL-203 Kontaktleidning grunnkurs, men det er ikkje sett opp nokon datoar i kurskalenderen. Kan de setje opp eit nytt kurs, helst i Bergen? Vi er fire frå same firma som treng det.
Olav
""", ['Olav Reinsnos'], [], ['olav.reinsnos@gmail.com'])

T(L, 'en', ['W15'], 'Kateryna Bondarenko <kateryna.bondarenko@gmail.com>', 'Certificate for site - urgent',
"""Hello, I passed the course "Basic track safety" on 2 Dec. The site manager will not let me in without the certificate. I click the printer icon and only white page. Can you send me the certificate PDF please? Date of birth 1990-07-08.
Kateryna Bondarenko
""", ['Kateryna Bondarenko'], ['1990-07-08'], ['kateryna.bondarenko@gmail.com'])

T(L, 'nb', ['W14'], 'Leif Arne Bjørke <leif.arne.bjorke@online.no>', 'Utløper kurs?',
"""Hei, fikk varsel om at noe utløper. Hva utløper og når må jeg ta repetisjon? Er 63 år og har holdt på i 30 år så jeg skjønner ikke hvorfor jeg må ta kurs på nytt hele tiden.
LA Bjørke
""", ['Leif Arne Bjørke'], [], ['leif.arne.bjorke@online.no'])

T(L, 'nb', ['W15'], 'Lønn og personal <personal@vikstrom-eksempel.no>', 'Kursbevis for lærling',
"""Hei,

Vi trenger kursbevis for vår lærling Emilie Vikstrøm-Hansen, f. 02.10.2006, for kurset Sikkerhetskurs for arbeid på jernbane. Kan det sendes hit?

Mvh
Lønn og personal
Vikstrøm Elektro AS
""", ['Emilie Vikstrøm-Hansen'], ['2006-10-02'], [])

T(L, 'en', ['W13', 'W3'], 'Nikolai Sørensen <nikolai.sorensen@gmail.com>', 'waitlist',
"""Hi, I'm on the waitlist for the 20 Jan course in Oslo. Will I be told if a seat frees up, or do I have to check myself? Also - side note - I forgot my password again, can you send a reset?
Nikolai
""", ['Nikolai Sørensen'], [], ['nikolai.sorensen@gmail.com'])

T(L, 'nb', ['W13'], 'Hilde Eggen <hilde.eggen@gmail.com>', 'Avmelding',
"""Hei, jeg må melde meg av kurset i Trondheim 9.–10. februar pga sykdom i familien. Finner ikke knappen. Hilde Eggen
""", ['Hilde Eggen'], [], ['hilde.eggen@gmail.com'])

T(L, 'nb', ['W15', 'W1'], 'Pål Rosenlund <paal.rosenlund@hotmail.com>', 'kursbevis fra 2019',
"""Heisann

Trenger kursbevis fra et kurs jeg tok i 2019 (Sikkerhet i spor). Problemet er at jeg ikke husker hvilken mail jeg brukte da, det var sikkert jobbmailen i Vestlandsbanen AS, pal@vestlandsbanen-eksempel.no. Egentlig trenger jeg bare kursbeviset, ikke nødvendigvis logge inn.

født 1979-12-01
Pål Rosenlund
""", ['Pål Rosenlund'], ['1979-12-01'], ['paal.rosenlund@hotmail.com', 'pal@vestlandsbanen-eksempel.no'])

T(L, 'en', ['W12'], 'Ahmed Hassan <ahmed.hassan@outlook.com>', 'cant find course',
"""salam, i want take the "ERTMS grunnkurs" but it not come up when i search. I have full account. where is it
Ahmed
""", ['Ahmed Hassan'], [], ['ahmed.hassan@outlook.com'])

T(L, 'nn', ['W15'], 'Gro Haugland <gro.haugland@online.no>', 'Kursbevis',
"""Hei! Eg treng kursbeviset mitt frå sikkerheitskurset. Eg finn det ikkje under Historikk. Kan de sende det til meg?
Gro Haugland
""", ['Gro Haugland'], [], ['gro.haugland@online.no'])

T(L, 'nb', ['W14', 'W13'], 'Frode Aasland <frode@aaslandspor-eksempel.no>', 'Opplæringsløp',
"""Hei
Jeg er tilordnet opplæringsløp for Hovedsikkerhetsvakt. Jeg har fullført e-læringen. Hva mangler? Og det er ingen ledige plasser på praktisk eksamen før i april, kan dere sette opp flere?
Frode Aasland
Aasland Spor AS
""", ['Frode Aasland'], [], ['frode@aaslandspor-eksempel.no'])

T(L, 'en', ['W15'], 'Site Office Kvitfjell Tunnel <siteoffice@kvitfjelljv.test>', 'Verify certificate',
"""Hello,
A worker showed us a certificate with verification code KB-7H2Q-99XD for "Track safety basic", issued to Lukas Brandt. Can you confirm it is genuine?
Site office, Kvitfjell Tunnel JV
""", ['Lukas Brandt'], [], [])
