"""Hand annotations of the seventh held-out corpus (tests/corpus_heldout7).

Written blind, from scratch, by someone who had not seen the extractor's code (db/extract/, db/articles.py),
its development or earlier held-out corpus texts, its tests or its scores, and annotated without running the
extractor or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout6/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (scare quotes, names of groups, operations, places or terms
set in marks) are listed in not_quotes and checked the same way.
Run `python tests/corpus_heldout7/annotate.py` to rewrite the .json files after editing an annotation.

Conventions (as in the earlier held-out corpora): speakers of statements by a group in the gazetteer take the
canonical gazetteer name; other speakers are named as in the text (a person's full name as first given even
where the text later uses the surname only, an organisation's name as the text gives it in full, a bare role
for unnamed sources). 'last week' is published_on minus 7 days with precision week; a weekday is its most
recent occurrence on or before published_on; 'earlier this month' is the first day of the publication month
with precision month; an absolute date ('On April 2', 'on June 14', 'Oct. 6') has precision day. Places at
sea have no admin1 or country. Two launches with one interceptor miss count as one incident with outcome
impact; an explosive boat counts as a drone; rockets left unfired on the launcher of an attack belong to that
attack; a launcher or boat destroyed before launch is a foiled incident; an attack with drones and missiles
together takes the category of the larger number. New situations in this corpus: a quote split around its
attribution ('"...," the official said. "..."') gives two quotes; a sponsor said to have known of an attack
in advance, without ordering it, takes no stance, and the sponsor's rejection of 'baseless accusations' about
that is no denial of the attack; a state's denial that its territory was used takes no stance; a second
roadside bomb found and defused on the same road as the one that exploded belongs to that attack; two front
groups claiming one attack give two claimed pairs; a front group's claim of a hit does not override the
officials' report that the drones were shot down (the outcome follows the officials); a claimed attack that
officials say never happened, or that the target's authorities have not confirmed, is kept as an incident with
outcome unknown; an outlet's own hedged judgement naming two groups ('most likely ... X or Y') gives a
suspected pair for each; a militia's statement that it is 'not part of' the current campaign is a
denial; the Popular Mobilization Forces' statement that none of its formations was involved is a denial by
the PMF; a channel affiliated with a group reposting another body's claim gives no stance for that group;
'today, Monday' in a government press release is the publication day. All articles, people and incidents are
fictional.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_ain_al_asad_hallmarks"] = dict(
    published_on="2028-04-10",  # Monday
    meta=dict(outlet="AP", dateline="BAGHDAD",
              headline="Rockets hit Iraq’s Ain al-Asad base, wounding 2 US contractors; official says attack bears militia’s hallmarks"),
    quotes=[
        ("bore all the hallmarks", "U.S. defense official", None),
        ("The launcher, the rocket type, the timing — it looks like their work,", "U.S. defense official", None),
        ("But we are not at the point of a formal attribution, and I want to be careful about that.", "U.S. defense official", None),
        ("Both are in stable condition and have returned to their quarters,", "Carla Reyes", "spokeswoman for the coalition"),
        ("several", "Carla Reyes", "spokeswoman for the coalition"),
        ("Our forces will pursue those who seek to undermine the security of Iraq and its relations with its friends,", "Joint Operations Command", None),
        ("This serves only those who want Iraq to be an arena for other people’s wars,", "Farhan al-Jubouri", "spokesman for the Iraqi prime minister"),
        ("The state alone decides questions of war and peace.", "Farhan al-Jubouri", "spokesman for the Iraqi prime minister"),
    ],
    stances=[st("Kataib Hezbollah", "suspected", "U.S. defense official, via AP"),
             st(None, "unattributed", None)],
    incidents=[inc("2028-04-09", "day", "Ain al-Asad air base", "Anbar", "Iraq", "rocket", "impact"),
               inc("2028-04-02", "day", "Harir air base", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("late Sunday", "2028-04-09")],
    note="AP style: headline, byline in capitals, 'Associated Press' and date lines, dateline 'BAGHDAD (AP) —', curly "
         "marks and apostrophes, 'said Monday' (the publication day, the officials' statements). An unnamed U.S. defense "
         "official 'speaking on condition of anonymity' says the attack 'bore all the hallmarks' of Kataib Hezbollah "
         "and 'it looks like their work' but 'we are not at the point of a formal attribution': hedged, suspected KH, "
         "asserted by the bare role via AP. The official's words are a partial quote and then a quote split around 'the "
         "official said.' (two quotes, both the bare role). 'No group immediately claimed responsibility' for Ain "
         "al-Asad: not scored as a separate unattributed stance, since KH is suspected for it (as in heldout6 s05); "
         "the article's unattributed stance is for the Harir drone ('No one claimed that attack either'). KH 'did not "
         "respond': no denial. At least seven rockets, 'several' struck inside the perimeter, two contractors wounded, "
         "a fuel bladder on fire: impact; the two rockets still loaded on the rail near al-Baghdadi belong to this "
         "attack. The coalition spokeswoman is given as 'Maj. Carla Reyes', then 'Reyes' and 'She'; 'several' is her "
         "one-word partial quote. The JOC statement and the PM's spokesman (named in full, then 'al-Jubouri', split "
         "quote) name nobody. 'Iran, which arms and funds many of the militias, has repeatedly said it does not direct "
         "their operations': sponsor, a general disclaimer, no stance. Tower 22 (January 2024), blamed on the Islamic "
         "Resistance in Iraq, an umbrella that includes KH: history, no stance. 'On April 2' drone shot down near Harir: "
         "intercepted, precision day.",
)
A["s02_erbil_airport_drones_rudaw"] = dict(
    published_on="2028-04-25",  # Tuesday
    meta=dict(outlet="Rudaw", dateline="ERBIL, Kurdistan Region",
              headline="Two drones downed near Erbil airport, little-known group claims attack"),
    quotes=[
        ("At 11:40 pm, two drones were brought down by the air defence systems of the international coalition near Erbil airport. Flights were not affected,", "Kurdistan Region's Counter-Terrorism Directorate", None),
        ("from an area outside the control of the Kurdistan Region,", "Kurdistan Region's Counter-Terrorism Directorate", None),
        ("the base of the American occupation at Erbil airport", "Saraya Awliya al-Dam", None),
        ("hit their targets with precision.", "Saraya Awliya al-Dam", None),
        ("Two flights were delayed by about an hour as a precaution. Everything is normal now,", "Kawa Hamad", "Airport director"),
        ("These attacks are not only against the coalition. They are against the people of Erbil, against an airport that thousands of families use every week, and against the economy of the Kurdistan Region.", "Rebwar Salih", "Erbil Governor"),
        ("We call on the federal government to stop these groups. Everybody knows where the drones come from, and the silence of Baghdad only encourages them.", "Rebwar Salih", "Erbil Governor"),
    ],
    stances=[st("Saraya Awliya al-Dam", "claimed", "Saraya Awliya al-Dam"),
             st(None, "unattributed", None)],
    incidents=[inc("2028-04-24", "day", "Erbil International Airport", "Erbil", "Iraq", "drone", "intercepted"),
               inc("2028-04-18", "week", "orchard in Khabat district, west of Erbil", "Erbil", "Iraq", "rocket", "foiled")],
    checks=[("late on Monday", "2028-04-24")],
    note="Rudaw English style: headline, 'Rudaw' and a dd-mm-yyyy date line, dateline 'ERBIL, Kurdistan Region -', "
         "straight marks, 'told Rudaw', a contributor line at the end. The CTD statement (named in full as 'the Kurdistan "
         "Region's Counter-Terrorism Directorate (CTD)', then 'the CTD', 'It') says both drones were brought down by "
         "coalition air defences: intercepted. Its partial quote 'from an area outside the control of the Kurdistan "
         "Region' names nobody: no stance. A group 'calling itself Saraya Awliya' al-Damm' (transliteration variant) "
         "claims on Telegram that its drones 'hit their targets with precision': claimed, speaker and actor the canonical "
         "'Saraya Awliya al-Dam'; the claim of a hit does not change the outcome, which follows the officials "
         "(intercepted; judgement call). The claim was posted 'on Tuesday morning' (publication day), the attack was "
         "'late on Monday'. 'US officials have described it as one of several cover names used by Iran-backed Iraqi "
         "factions': background linkage naming no faction, no stance. The governor's statement follows 'told reporters "
         "on Tuesday:' on its own line as a two-paragraph quote (the first paragraph left open; one quote per paragraph). "
         "His 'Everybody knows where the drones come from' names nobody. The commander-in-chief's spokesperson is "
         "reported without marks. 'Last week' Peshmerga dismantled two rockets on a launcher in Khabat pointed at the "
         "airport before they could be fired: foiled, precision week; 'No group claimed responsibility for that "
         "attempt': the unattributed stance. The 2021 attacks and Kurdish officials' past blame of PMF factions: "
         "history, no stance.",
)
A["s03_red_sea_tanker_reuters"] = dict(
    published_on="2028-05-16",  # Tuesday
    meta=dict(outlet="Reuters", dateline="DUBAI",
              headline="Yemen's Houthis say they hit tanker in Red Sea; US shoots down drones"),
    quotes=[
        ("The fire has been extinguished and the crew are reported safe. The vessel is proceeding to its next port of call,", "UKMTO", None),
        ("no connection of any kind", "Halcyon Tankers", None),
        ("violated the ban on entering the ports of occupied Palestine.", "Houthis", None),
        ("The hit was accurate and direct,", "Hamoud al-Wadei", "Houthi military spokesman"),
        ("Our operations will continue as long as the aggression and siege on Gaza continue.", "Hamoud al-Wadei", "Houthi military spokesman"),
        ("These drones presented an imminent threat to merchant vessels and U.S. Navy ships in the region,", "U.S. Central Command", None),
        ("Every hit like this one sends owners back around the Cape,", "Thea Lindgren", "shipping analyst at Oslo-based Nordvik Maritime"),
        ("Nobody wants to be the test case.", "Thea Lindgren", "shipping analyst at Oslo-based Nordvik Maritime"),
    ],
    stances=[st("Houthis", "claimed", "Houthis"),
             st("Houthis", "assessed", "U.S. Central Command")],
    incidents=[inc("2028-05-15", "day", "Red Sea, about 60 nautical miles west of Mokha", None, None, "missile", "impact"),
               inc("2028-05-14", "day", "southern Red Sea", None, None, "drone", "intercepted")],
    checks=[("on Monday evening", "2028-05-15"), ("on Sunday", "2028-05-14")],
    note="Reuters style: headline, byline, dateline 'DUBAI, May 16 (Reuters) -', straight marks, 'said on Tuesday' (the "
         "claim's and publication day), reporting and editing credits in brackets. The Houthis ('who call their "
         "movement Ansar Allah') say they 'fired ballistic missiles at an oil tanker': claimed, asserted by the group "
         "(the televised statement; its partial quote is spoken by the group, canonical 'Houthis'); the spokesman "
         "Hamoud al-Wadei's split quote ('\"...,\" ... said. \"...\"') adds two quotes under his name. UKMTO reports a "
         "hit on the starboard side and a small fire: impact, at sea (no admin1/country). CENTCOM says U.S. forces shot "
         "down 'two Houthi one-way attack drones' on Sunday: firm, assessed Houthis, asserted by CENTCOM (speaker named "
         "'U.S. Central Command', the text's 'Central Command'/'CENTCOM'); intercepted, at sea. 'The Houthis did not "
         "comment on the drones': no stance. The security sources' 'of a type the Houthis have displayed' supports the "
         "claim, no separate pair. The ship manager's 'no connection of any kind' (to Israel) is no stance. The 2023-25 "
         "campaign and Iran's denial of arming the group: history and sponsor, no stance. The analyst's split quote "
         "names nobody.",
)
A["s04_green_zone_cram_shafaq"] = dict(
    published_on="2028-06-06",  # Tuesday
    meta=dict(outlet="Shafaq News", dateline=None,
              headline="C-RAM intercepts Katyusha rockets over Baghdad's Green Zone; Kata'ib Hizballah and PMF deny involvement"),
    quotes=[
        ("Two rockets were fired from the al-Jadiriya area towards the embassy compound at about 10:15 pm. The C-RAM system intercepted both of them, and the fragments fell into the Tigris,", "security source", None),
        ("its timer set but its fuse disconnected,", "security source", None),
        ("Our security forces will not allow outlaw groups to tamper with the security of Baghdad and the safety of diplomatic missions,", "Security Media Cell", None),
        ("We have nothing to do with the targeting of the Green Zone. The brothers in the resistance know that the decision on operations is taken collectively, and this was not one of them.", "Abu Kawthar al-Mohammadawi", "Kata'ib Hizballah's security official"),
        ("none of the formations of the Popular Mobilization", "Popular Mobilization Forces", None),
        ("lies in an area under the responsibility of the federal police, not the Mobilization.", "Popular Mobilization Forces", None),
        ("Whoever thinks that firing a few rockets will change the government's decisions is mistaken,", "Hussam al-Tamimi", "Government spokesman"),
        ("The embassies are guests of Iraq and their protection is a duty of the state.", "Hussam al-Tamimi", "Government spokesman"),
        ("aware of reports", "embassy spokesperson", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "denied", "Abu Kawthar al-Mohammadawi"),
             st("Popular Mobilization Forces", "denied", "Popular Mobilization Forces")],
    incidents=[inc("2028-06-05", "day", "US Embassy, Green Zone", "Baghdad", "Iraq", "rocket", "intercepted"),
               inc("2028-06-03", "day", "Victory Base complex, Baghdad International Airport", "Baghdad", "Iraq", "mortar", "impact")],
    checks=[("late on Monday", "2028-06-05"), ("On Saturday evening", "2028-06-03")],
    note="Shafaq News house style: outlet line, headline, body opening 'Shafaq News/', straight marks, 'told Shafaq "
         "News'. Two Katyushas fired at the embassy, both intercepted by C-RAM, fragments in the Tigris: intercepted; "
         "the third rocket found on its rail with the timer set is part of the same attack (not a separate foiled "
         "incident). 'No party has claimed responsibility for the attack': unattributed (also covers the Saturday "
         "mortars, 'also not claimed'); the Security Media Cell's 'outlaw groups' names nobody. Kata'ib Hizballah "
         "(transliteration of Kataib Hezbollah, canonical actor) 'denied any role' through its security official "
         "(named in full once, quote after a colon): denied KH, asserted by him. The Popular Mobilization Forces' "
         "statement that 'none of the formations of the Popular Mobilization' was involved, issued after social-media "
         "accusations: denied PMF, speaker and actor the PMF as named in the text (whether the gazetteer holds the PMF, "
         "and under which name, is not known to the annotator). The social-media accusation is not a source: no "
         "suspected stance. The government spokesman (named in full, then 'al-Tamimi' and 'He added, \"...\"') names "
         "nobody. 'On Saturday evening' three mortar rounds landed inside Victory Base, damaging a warehouse: impact. "
         "The embassy spokesperson's partial quote is no stance. 2019-24 attacks blamed on Iran-backed factions and the "
         "IRI's February 2024 halt: history.",
)
A["s05_iri_syria_claims_lwj"] = dict(
    published_on="2028-06-22",  # Thursday
    meta=dict(outlet="FDD's Long War Journal", dateline=None,
              headline="Islamic Resistance in Iraq claims new round of attacks on US forces in Syria"),
    quotes=[
        ("a vital target", "Islamic Resistance in Iraq", None),
        ("Three rounds landed inside the wire. We had no casualties and minor damage to a vehicle,", "US military official", None),
        ("no indication", "US military official", None),
        ("The brigades of Sayyid al-Shuhada are not part of the current escalation and remain committed to the position of the Coordination Framework,", "Kataib Sayyid al-Shuhada", None),
        ("heroic operations of the resistance", "Firas al-Yasiri", "Harakat al-Nujaba’s spokesman"),
    ],
    not_quotes=["Rumaylan base"],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "FDD's Long War Journal"),
             st("Harakat al-Nujaba", "suspected", "FDD's Long War Journal"),
             st("Kataib Sayyid al-Shuhada", "denied", "Kataib Sayyid al-Shuhada")],
    incidents=[inc("2028-06-14", "day", "Rumalyn Landing Zone", "Hasakah", "Syria", "drone", "intercepted"),
               inc("2028-06-17", "day", "US base at the Conoco gas field", "Deir ez-Zor", "Syria", "rocket", "impact"),
               inc("2028-06-20", "day", "Ain al-Asad air base", "Anbar", "Iraq", "drone", "unknown")],
    note="Long War Journal analysis: byline line 'By ... | date | FDD's Long War Journal', no dateline, curly marks and "
         "apostrophes, section headings ('Who is behind the brand', 'Analysis'), absolute dates ('on June 14', 'on June "
         "17', 'on June 20'; no weekdays, so no checks; 'in the past week' is vague, not 'last week'). The IRI claims "
         "all three on Telegram: one claimed pair. 'Rumaylan base' is the group's name for the place, in marks "
         "(not_quotes; judgement call), while 'a vital target' is its claim wording (quote). Rumalyn drone 'shot down "
         "well short of the base': intercepted. Conoco: 'Three rounds landed inside the wire' (the group says rockets): "
         "rocket, impact. Ain al-Asad: the official sees 'no indication' any attack took place and the outlet thinks the "
         "claim is probably false: kept as a claimed incident, outcome unknown (judgement call). The outlet's own "
         "'assesses that the Rumalyn and Conoco attacks were most likely carried out by Kata'ib Hizballah or Harakat "
         "al-Nujaba': hedged ('most likely', 'or'), one suspected pair for each group, asserted by the outlet (the "
         "outlet's verb 'assesses' does not make it firm). Kata'ib Sayyid al-Shuhada's Telegram statement that it is "
         "'not part of the current escalation' (June 18, after two of the attacks): denied, speaker the group "
         "(canonical). Nujaba's spokesman 'praised' but 'did not claim': no stance. Member-group linkage, the IRGC-Quds "
         "Force funding (sponsor), the 2023-24 campaign and Tower 22: history and background, no stance.",
)
A["s06_kuwait_refinery_drones_national"] = dict(
    published_on="2028-07-13",  # Thursday
    meta=dict(outlet="The National", dateline=None,
              headline="Kuwait intercepts drones over Al Ahmadi refinery as Iraqi group claims attack"),
    quotes=[
        ("The air defence forces detected two hostile drones approaching from the north and dealt with them in accordance with the approved procedures,", "Fahad Al Shammari", "army's spokesman"),
        ("oil installations of the Kuwaiti regime that serve the American occupation", "Alwiyat Al Waad Al Haq", None),
        ("two drones of the Karrar type", "Alwiyat Al Waad Al Haq", None),
        ("Our initial investigations, in co-ordination with the Kuwaiti side, show that these drones did not take off from Iraqi soil. Iraq will not be a platform for attacks on its neighbours,", "Hassan Al Zubaidi", "spokesman of Iraq's National Security Council"),
        ("the direction of flight is not a matter of opinion", "Kuwaiti official", None),
        ("Targeting vital installations in Kuwait is a threat to the security of all GCC states,", "Khalid Al Mutairi", "Secretary General of the Gulf Cooperation Council"),
        ("Kuwait is the logistics hub for American forces in the region. Whoever sent these drones wanted Kuwait to feel exposed,", "Fawaz Al Rashidi", "researcher at the Gulf Policy Forum in Kuwait City"),
    ],
    stances=[st("Alwiyat Al Waad Al Haq", "claimed", "Alwiyat Al Waad Al Haq")],
    incidents=[inc("2028-07-12", "day", "Mina Al Ahmadi refinery", "Al Ahmadi", "Kuwait", "drone", "intercepted"),
               inc("2028-07-01", "month", "Saudi Aramco terminal at Ras Tanura", "Eastern Province", "Saudi Arabia", "drone", "unknown")],
    checks=[("at dawn on Wednesday", "2028-07-12")],
    note="The National house style: headline, subheadline, byline and date lines, no dateline, curly marks, 'Al' without "
         "hyphen, 'Col' and 'Mr' without full stops, British spelling ('defence', 'co-ordination', 'neighbours'). Two "
         "drones intercepted over the refinery; fragments of one fell on an empty yard and caused a small fire: "
         "intercepted (debris is not the warhead's impact; judgement call). A group 'calling itself Alwiyat Al Waad Al "
         "Haq, or the True Promise Brigades' claims on Telegram: claimed, speaker and actor named as the text gives it "
         "(not knowingly in the gazetteer). US officials' past description of it as 'a front used by Kataib Hezbollah' "
         "is background linkage, not a judgement on this attack: no KH stance; KH 'did not respond'. Iraq's National "
         "Security Council says the drones 'did not take off from Iraqi soil': a state's denial that its territory was "
         "used, no stance (no group is accused by anyone in the article). The unnamed Kuwaiti official's 'the direction "
         "of flight is not a matter of opinion' implies the drones came from Iraq but names no actor: no stance. The "
         "army spokesman ('Col Fahad Al Shammari, the army's spokesman') 'did not say where the drones had been "
         "launched': not scored as unattributed, since the attack is claimed. 'Earlier this month' the same group "
         "claimed a drone attack on Ras Tanura that Saudi authorities have not confirmed: kept as a claimed incident, "
         "precision month, outcome unknown, covered by the same claimed pair (judgement call). The GCC condemnation and "
         "the researcher's 'Whoever sent these drones' name nobody. The January 2021 Riyadh claim is history.",
)
A["s07_diwaniyah_convoy_ied_afp"] = dict(
    published_on="2028-08-09",  # Wednesday
    meta=dict(outlet="AFP", dateline="Diwaniyah (Iraq)", headline=None),
    quotes=[
        ("The device was hidden in the central reservation and exploded under the third truck,", "police officer", None),
        ("The driver has burns to his legs. The cargo was generators and building materials, nothing military.", "police officer", None),
        ("heroes", "Ashab al-Kahf", None),
        ("a convoy of the American occupation's equipment", "Ashab al-Kahf", None),
        ("in response to the crimes of the occupation in the region", "Saraya Qassem al-Jabbarin", None),
        ("These names are a mailbox. Whoever posts first gets the credit, and the real factions keep their hands clean,", "Karim Nasrawi", "Iraq specialist"),
        ("an Iraqi transport company contracted by the government", "Security Media Cell", None),
        ("the remains of the device", "Security Media Cell", None),
    ],
    stances=[st("Ashab al-Kahf", "claimed", "Ashab al-Kahf"),
             st("Saraya Qassem al-Jabbarin", "claimed", "Saraya Qassem al-Jabbarin")],
    incidents=[inc("2028-08-08", "day", "Diwaniyah-Baghdad highway", "Al-Qadisiyah", "Iraq", "ied", "impact"),
               inc("2028-08-02", "week", "near Nasiriyah", "Dhi Qar", "Iraq", "ied", "impact")],
    checks=[("on Tuesday", "2028-08-08")],
    note="AFP wire copy with no headline line, dateline 'Diwaniyah (Iraq) (AFP) -', straight marks, British spelling, "
         "'told AFP, asking not to be named', trailer 'burs-ak/hc'. The roadside bomb hit the third truck of a supply "
         "convoy and wounded the driver: ied, impact, in Diwaniyah (Al-Qadisiyah) province. The second bomb 'a "
         "kilometre further along the same road', defused, belongs to the same attack (judgement call: same road, "
         "same convoy, same day; not scored as a separate foiled incident). Competing claims by two front groups: "
         "'Ashab al-Kahaf' (transliteration variant; speaker and actor the canonical 'Ashab al-Kahf'; its one-word "
         "'heroes' is its statement's wording, kept as a quote) and 'Saraya Qassem al-Jabbarin' (named as in the text): "
         "two claimed pairs, so the incident is contested. The police officer speaks in a quote split around 'he said.'. "
         "'Analysts regard both names as facades for established Iran-aligned factions' and the specialist (who "
         "'declined to say which faction') name no group: no stance. The Security Media Cell's partial quotes name "
         "nobody and it 'did not mention the claims'. 'Last week' bomb near Nasiriyah, Dhi Qar, damaging two trucks: "
         "impact, precision week; 'Ashab al-Kahaf claimed that attack too' (same claimed pair). The 2020-21 convoy "
         "bombings blamed on Kataib Hezbollah and Asaib Ahl al-Haq, the Hashed al-Shaabi: history, no stance.",
)
A["s08_uae_mod_missiles_wam"] = dict(
    published_on="2028-09-04",  # Monday
    meta=dict(outlet="WAM", dateline="ABU DHABI",
              headline="Ministry of Defence: UAE air defences intercept two ballistic missiles launched by terrorist Houthi militia towards Abu Dhabi"),
    quotes=[
        ("The Ministry of Defence is fully prepared to deal with any threats, and will take all the necessary measures to protect the State from all attacks.", "Ministry of Defence", None),
        ("The Ministry calls on the public to obtain news and information from official sources only and not to circulate rumours or photos of the sites.", "Ministry of Defence", None),
        ("detected the two missiles immediately after their launch from Yemeni territory", "Hamad Saeed Al Nuaimi", "Official Spokesman of the Ministry of Defence"),
        ("a heinous terrorist act that targets civilian areas and objects, in flagrant violation of international law and humanitarian norms.", "Ministry of Foreign Affairs and International Cooperation", None),
        ("The UAE reserves the right to respond to these terrorist attacks and to the criminal escalation.", "Ministry of Foreign Affairs and International Cooperation", None),
        ("the continued supply of advanced weapons to the Houthi militia", "Ministry of Foreign Affairs and International Cooperation", None),
    ],
    stances=[st("Houthis", "assessed", "UAE Ministry of Defence"),
             st(None, "unattributed", None)],
    incidents=[inc("2028-09-04", "day", "Abu Dhabi", "Abu Dhabi", "United Arab Emirates", "missile", "intercepted"),
               inc("2028-09-02", "day", "Western Region", "Abu Dhabi", "United Arab Emirates", "drone", "intercepted")],
    checks=[("today, Monday", "2028-09-04"), ("early hours of Saturday", "2028-09-02")],
    note="Government press release carried by the state news agency (WAM): long title-case headline with 'Ministry of "
         "Defence:' prefix, dateline 'ABU DHABI, 4th September, 2028 (WAM) --', curly marks, 'The Ministry stated "
         "that', 'affirmed', the agency trailer 'WAM/<editor>/<editor>'. 'two ballistic missiles launched by the "
         "terrorist Houthi militia': firm, assessed Houthis, asserted by the UAE Ministry of Defence; MoFAIC's 'the "
         "attack by the Houthis' repeats it (one pair). The missiles were intercepted over the sea off Abu Dhabi and "
         "their remnants fell in uninhabited areas: intercepted, place Abu Dhabi (judgement call: the target city, since "
         "the interception point at sea is not given). The ministry's statement follows 'affirmed:' on its own line as "
         "a two-paragraph quote (first paragraph left open); speaker the ministry as the text names it. The spokesman "
         "(rank, full name, title appositive) gives a partial quote; 'from Yemeni territory' adds nothing beyond the "
         "assessment. 'in the early hours of Saturday' three drones intercepted over the Western Region (Al Dhafra, in "
         "Abu Dhabi emirate): intercepted; 'The Ministry did not identify the party responsible': unattributed "
         "(asserted_by left None, as a bare no-attribution sentence of the agency). MoFAIC's 'continued supply of "
         "advanced weapons': sponsor without a name, no stance. The GCC states' condemnations: no stance.",
)
A["s09_green_village_iran_knew_almonitor"] = dict(
    published_on="2028-10-19",  # Thursday
    meta=dict(outlet="Al-Monitor", dateline="WASHINGTON",
              headline="Pentagon blames Kataib Hezbollah for rocket attack on US base in Syria, says Iran knew in advance"),
    quotes=[
        ("We assess with high confidence that Kataib Hezbollah fighters operating in eastern Syria carried out this attack,", "Dana Whitfield", "Pentagon press secretary"),
        ("We will hold them accountable at a time and place of our choosing.", "Dana Whitfield", "Pentagon press secretary"),
        ("Tehran was aware the attack was coming. We do not assess that it ordered it, and we have not seen evidence that it tried to stop it either,", "US defense official", None),
        ("the occupation base in the al-Omar field", "Islamic Resistance in Iraq", None),
        ("a barrage of rockets.", "Islamic Resistance in Iraq", None),
        ("The resistance does what it says.", "Sabereen News", None),
        ("baseless accusations", "Iran’s mission to the United Nations", None),
        ("make their own decisions independently.", "Iran’s mission to the United Nations", None),
        ("What has changed is that Washington is naming names quickly, which it was reluctant to do then,", "Rana Halabi", "Levant Policy Center"),
    ],
    stances=[st("Kataib Hezbollah", "assessed", "Dana Whitfield, Pentagon"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st(None, "unattributed", None)],
    incidents=[inc("2028-10-17", "day", "Mission Support Site Green Village", "Deir ez-Zor", "Syria", "rocket", "impact"),
               inc("2028-10-06", "day", "Mission Support Site Green Village", "Deir ez-Zor", "Syria", "drone", "intercepted")],
    checks=[("late Tuesday", "2028-10-17")],
    note="Al-Monitor style: 'Al-Monitor Staff' byline and date lines, dateline 'WASHINGTON —', curly marks and "
         "apostrophes, 'said Wednesday' (the Pentagon's statement day, not the attack's). The press secretary's 'We assess "
         "with high confidence that Kataib Hezbollah fighters ... carried out this attack': firm, assessed KH (rank "
         "'Col.' dropped from the speaker; split quote). The anonymous official says KH had informed IRGC officers and "
         "'Tehran was aware the attack was coming. We do not assess that it ordered it': a sponsor that knew in advance, "
         "no stance for the IRGC or Iran. Iran's UN mission rejecting 'baseless accusations' answers that charge, not a "
         "charge of carrying out the attack: no denial scored (judgement call). The IRI umbrella's Telegram claim: "
         "claimed IRI (so the incident is contested or assessed at the desk; the IRI 'includes Kataib Hezbollah' is "
         "linkage). 'Kataib Hezbollah itself did not comment'; the KH-affiliated Sabereen News channel reposting the "
         "claim with a caption: no KH stance (speaker of the caption the channel, as named). Four rockets, two inside "
         "the base damaging a dining facility: impact. The Oct. 6 drone shot down before reaching the base ('No group "
         "claimed that attack, and the Pentagon has not said who it believes was responsible'): intercepted, "
         "unattributed. The analyst (role given as her institution) names nobody. KH's 2009 designation, the December "
         "2019 Kirkuk attack and the January 2020 killings: history.",
)
A["s10_khor_mor_nujaba_kurdistan24"] = dict(
    published_on="2028-11-28",  # Tuesday
    meta=dict(outlet="Kurdistan24", dateline="SULAIMANI",
              headline="Drone strike sets fire at Khor Mor gas field; Kurdish official points to Nujaba, which denies role"),
    quotes=[
        ("The fire was extinguished at dawn after the efforts of civil defence teams and the field's own crews. There were no casualties, but gas supplies to the region's power stations have been cut,", "Kurdistan Region's Ministry of Natural Resources", None),
        ("We cannot say it with full certainty yet, but all the information we have collected until now, the flight path, the type of drone and the launch area near Tuz Khurmatu, indicates that Nujaba is probably behind this,", "senior official in the Kurdistan Region's Ministry of Interior", None),
        ("The movement has no connection to the targeting of Khor Mor, and these accusations aim to strike at the relationship between the Iraqi people and their resistance,", "Harakat al-Nujaba", None),
        ("We call on the federal government to reveal the true perpetrators.", "Harakat al-Nujaba", None),
        ("an act of economic terrorism against all the people of Kurdistan,", "Kurdistan Region Presidency", None),
    ],
    stances=[st("Harakat al-Nujaba", "suspected", "senior official in the Kurdistan Region's Ministry of Interior, via Kurdistan24"),
             st("Harakat al-Nujaba", "denied", "Harakat al-Nujaba")],
    incidents=[inc("2028-11-26", "day", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "impact"),
               inc("2028-11-27", "day", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "intercepted")],
    checks=[("on Sunday night", "2028-11-26"), ("early Monday", "2028-11-27")],
    note="Kurdistan24 style: headline, outlet and dd/mm/yyyy date lines, dateline 'SULAIMANI (Kurdistan24) –' (en "
         "dash), 'Sulaimani province' (admin1 spelled Sulaymaniyah), straight marks, 'Speaking to Kurdistan24', "
         "contributor line at the end. The drone struck a storage tank and set it ablaze: impact. A second drone shot "
         "down 'early Monday' before reaching the field: intercepted, a separate incident (a different day). The "
         "unnamed Interior Ministry official: 'cannot say it with full certainty', 'probably behind this': hedged, "
         "suspected Harakat al-Nujaba (canonical name; the text says 'the Harakat al-Nujaba militia', 'Nujaba'), "
         "asserted by the bare role via Kurdistan24; it speaks of 'the drones' and covers both incidents. 'Harakat "
         "Hezbollah al-Nujaba rejected the accusation' on Telegram, 'The movement has no connection': denied, speaker "
         "the group (its statement's quote is split around 'the statement read.'). 'Iranian-made' drones: sponsor, no "
         "stance. The Presidency's words and the JOC's investigation team name nobody. The ministry's statement was "
         "issued 'on Monday' (no incident date from it). The 2022-24 attacks, the April 2024 deaths and past blame of "
         "PMF factions: history, no stance.",
)

write_corpus(D, A)
