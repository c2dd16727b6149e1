// Norwegian towns a course unit may be held in, as people write them: the county towns, the larger
// towns and the railway's junctions and depots. Triage never opens the catalogue, so this is how it
// tells a place ("the Oslo course", "kurset Bergen") from a course title written in the same spot. Pure.

const TOWNS = `oslo bergen trondheim stavanger drammen fredrikstad kristiansand sandnes tromsø sarpsborg skien
  ålesund sandefjord haugesund tønsberg moss porsgrunn bodø arendal hamar larvik halden lillehammer
  molde kongsberg gjøvik horten harstad kristiansund narvik steinkjer levanger elverum jessheim lillestrøm
  ski ås asker bærum sandvika hønefoss kongsvinger mo mosjøen mysen askim notodden grimstad mandal
  egersund flekkefjord førde florø leirvik stord voss myrdal finse ål gol geilo dombås otta oppdal
  røros støren hell stjørdal verdal namsos grong mosjøen fauske rognan alta hammerfest vadsø kirkenes
  lakselv finnsnes brumunddal raufoss eidsvoll lysaker kløfta marienborg nygårdstangen alnabru grorud
  loenga sundland brakerøya heimdal lodalen ganddal`;

const TOWN_SET = new Set(TOWNS.split(/\s+/).filter(Boolean));

/** True when the word is a Norwegian town ("Bergen", "Mo i Rana" by its first word "Mo"). */
export function isTownName(word: string): boolean {
  return TOWN_SET.has(word.toLowerCase());
}
