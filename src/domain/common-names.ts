// The most common given and family names in Norway, as people write them. A written word that is one of
// these is most likely meant as written, so name matching gives it less typo slack than a rare or
// unknown word (Hansen must not stand for Haugen; Hgaon can only be a slip). Name matching folds them.
// A list of names everyone in the country knows, written down here; no register was copied.

export const COMMON_FAMILY_NAMES = `Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen
Karlsen Johnsen Pettersen Eriksen Berg Haugen Hagen Johannessen Andreassen Jacobsen Dahl Jørgensen
Halvorsen Henriksen Lund Sørensen Jakobsen Moen Gundersen Iversen Strand Solberg Svendsen Eide Knutsen
Martinsen Paulsen Bakken Kristoffersen Mathisen Lie Amundsen Nguyen Rasmussen Ali Lunde Solheim Berge
Moe Nygård Bakke Kristensen Fredriksen Holm Lien Hauge Christensen Andresen Nielsen Knudsen Evensen
Sæther Aas Myhre Hanssen Ahmed Haugland Thomassen Sivertsen Simonsen Danielsen Berntsen Sandvik Rønning
Arnesen Antonsen Næss Vik Haug Ellingsen Thorsen Edvardsen Birkeland Isaksen Gulbrandsen Ruud Aasen
Strøm Myklebust Tangen Ødegård Eliassen Helland Bøe Jenssen Aune Mikkelsen Tveit Brekke Abrahamsen
Madsen Hovland Engen Dale Lorentzen Sunde Wold Ness Foss`;

export const COMMON_GIVEN_NAMES = `Ole Ola Lars Jan Per Bjørn Kjell Knut Arne Svein Thomas Hans Geir Tor Morten
Terje Odd Erik Martin Andreas John Anders Rune Trond Tore Harald Jon Olav Kristian Espen Magnus Jonas
Daniel Stian Kristoffer Einar Nils Tom Atle Jørgen Frode Petter Gunnar Sindre Eirik Even Jens Leif
Sverre Fredrik Alexander Mathias Emil Henrik Sander Jakob Filip Noah Oliver William Lucas Isak Tobias
Sigurd Ivar Steinar Helge Roar Øyvind Asbjørn Halvor Aksel Markus Anne Inger Kari Marit Ingrid Liv Eva
Berit Astrid Bjørg Hilde Anna Solveig Marianne Randi Ida Nina Maria Elisabeth Kristin Bente Heidi Silje
Hanne Gerd Linda Tone Tove Elin Anita Wenche Camilla Ragnhild Kristine Karin Ellen Monica Siri Mari
Julie Sara Emma Nora Ingeborg Thea Hege Lene Turid Grete Unni Tonje Trine Guro Kirsten Aud Reidun Åse
Sissel Vigdis Torill Laila Malin Emilie Maren Line Stine Ingvild Sofie Hanna Amalie Frida Mia Lise
Marte Gro`;

/**
 * Pet forms people sign with instead of their given name: each line a pet form (or several) and the
 * given names it is known to stand for. Listed are forms that do not start the name they stand for
 * (Kris, Alex and Fred are read as short forms anyway); forms that are names of their own (Tom, Lise,
 * Trine, Tina, Janne) are left out, as a common name is taken as meant (name matching also refuses a
 * pet form that is one of the common names above). Norwegian and Nordic use first, then forms the desk meets from English, Polish, Ukrainian
 * and Russian. Written down from common knowledge; no list was copied.
 */
export const PET_FORMS = `
tommy: thomas tomas
mange: magnus
pelle: per peder petter
kalle: karl carl
hasse: hans
nisse: nils
stina: kristina kristine christina christine
gitte: birgitte brigitte
bob rob robbie bobby: robert
bill billy will: william
mike mikke micke: michael mikael
nick: nikolai nicolai niklas nicholas
andy: andreas anders andrew
tony: anton anthony antonio
jim jimmy: james
sasha sascha: aleksander alexander aleksandr oleksandr aleksandra alexandra oleksandra
misha: mikhail mykhailo
dima: dmitri dmitrij dmytro
kostya: konstantin kostiantyn
vova volodya: vladimir volodymyr
kolya: nikolai mykola
tolya: anatolij anatolii anatoliy
zhenya: jevgenij yevhen evgenij
tomek: tomasz
kuba: jakub
bartek: bartlomiej bartosz
wojtek: wojciech
piotrek: piotr
kasia: katarzyna
gosia: malgorzata
zosia: zofia
basia: barbara
mo: mohammed mohammad mohamed muhammad
sigge: sigurd sigmund
stoffer: kristoffer christoffer
fredde: fredrik
`;
