"""Hand annotations of the tenth held-out corpus (tests/corpus_heldout10).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or scripts/eval_extract.py. Same format and checks as tests/corpus_heldout9/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (scare quotes, names of groups set in marks) are listed in
not_quotes and checked the same way.
Run `python tests/corpus_heldout10/annotate.py` to rewrite the .json files after editing an annotation.

Conventions (as in the earlier held-out corpora): speakers of statements by a group in the gazetteer take the
canonical gazetteer name; other speakers are named as in the text (a person's full name as first given even
where the text later uses the surname only, an organisation's name as the text gives it in full, a bare role
for unnamed sources). 'last week' is published_on minus 7 days with precision week; a weekday is its most
recent occurrence on or before published_on; 'earlier this month' is the first day of the publication month
with precision month; an absolute date ('on March 3', 'on Feb. 3', 'on Sept. 4') has precision day. Places at
sea have no admin1 or country. Two launches with one interceptor miss count as one incident with outcome
impact; an explosive boat counts as a drone; rockets left unfired on the launcher of an attack belong to that
attack; a launcher or boat destroyed before launch is a foiled incident; an attack with drones and missiles
together takes the category of the larger number; drones shot down over a third country on their way to a
claimed target are that claimed attack, placed where they were shot down. Stances are listed per article, one
pair per (actor, stance) even where it covers two incidents; an unattributed pair is given where the text says
nobody has claimed an incident or that a source named nobody for it, not merely because an official did not
name anyone while a claim exists.

Names, as in heldout9's docstring: a speaker or actor that is one of these armed groups or institutions takes
this canonical name whatever spelling the text uses: Kataib Hezbollah, Kataib Sayyid al-Shuhada, Asaib Ahl
al-Haq, Harakat al-Nujaba, Islamic Resistance in Iraq, Popular Mobilization Forces, Islamic State, IRGC,
Houthis, Hamas, Hezbollah, Badr Organization (so 'Kataeb Hezbollah' and 'Kata'ib Hezbollah' are 'Kataib
Hezbollah', 'Harakat Hezbollah al-Nujaba' is 'Harakat al-Nujaba', 'Badr Organisation' is 'Badr Organization',
Hamas's Qassam Brigades are 'Hamas'). Other organisations are named as the text first gives them in full,
without a leading possessive; people by their full name as first given, without rank ('Col. Raymond Pryce' is
'Raymond Pryce'); unnamed sources by a bare role ('U.S. official', 'security source'); roles as the text gives
them, without a leading article.

New situations in this corpus: outlets and formats not used before (an AP wire with a byline in capitals and
'BAGHDAD (AP) —', a Reuters wire with 'DUBAI, Feb 12 (Reuters) -' and a closing reporting credit, an AFP wire
with 'Deir Ezzor (Syria) (AFP) –', a local time given with its GMT equivalent on the previous day, and an AFP
slug line, a Kurdistan Regional Government press release on the GOV.KRD pattern with 'Posted on: 05-03-2031'
and '-ENDS-', The National with a standfirst and a byline/date block, Middle East Eye with a standfirst and
'Published date:' line, Shafaq News with its 'Shafaq News/' opening and a timestamp line, Al-Monitor with a
standfirst, The New Arab 'Staff & Agencies', and an FDD's Long War Journal analysis in the outlet's own voice);
'overnight' with a time after midnight given in a story published that morning: the publication date (the
local date; the GMT time on the previous evening is not the date); an attack reported days later by the
government that investigated it ('on March 3' in a release of March 5); a quote interrupted in mid-sentence
by its attribution ('“This attack,” X said in a statement Wednesday, “is a serious violation ...”': two
quotes); a quote split over two sentences by 'he said' / 'the official said'; 'He added, "..."' (quote after
the speaker); 'X said:' and 'The KRSC statement reads:' on their own paragraph followed by a two-paragraph
quote (the first paragraph left open); a chief executive's two-paragraph quote opening after a closed first
piece in the same paragraph; unnamed officials' hedged suspicion ('believed to be the work of', 'bore the
hallmarks of', 'consistent with a long-range drone of the type the Houthis have used'), each a suspected pair
asserted by the bare role via the outlet; an outlet's own hedged assessment ('FDD's Long War Journal assesses
that the attack was likely carried out by Kata'ib Hezbollah operatives'), suspected, asserted by the outlet; a
regional government's firm finding (assessed, asserted by the Kurdistan Region Security Council); a group's
denial known only from the accuser's statement that rebuts it ('The denial issued by this militia on its media
channels on March 4 does not change the facts'): a denied pair asserted by the group; a front group claiming
on Telegram, then deleting the claim and saying it 'has no connection' (claimed and denied pairs for the same
group); a front group's name set in marks (not_quotes); a group's threat against companies made the year
before ('would “bear the consequences”'), a quote by the group but no stance on this attack, as the text
itself says it 'has never said it was behind any attack on the field'; a group named only as a member of a
claiming umbrella, as the parent of a militia, as reposting a front's statement, or as not commenting: no
stance; historical asides naming groups with a claim or a role in a past attack (the Houthis' claim of the
2019 Abqaiq attack, the Islamic Resistance in Iraq's 2024 Eilat claims, Ashab al-Kahf and Qasim al-Jabbarin
in 2020-21, Asaib Ahl al-Haq's announcement that it had ended operations): no stance, no incident; sponsors
('armed and funded by Iran's Islamic Revolutionary Guard Corps', 'Iran-backed', 'Iran's Iraqi proxies',
'receive weapons and training from Iran') and a state's denial that it arms a group: no stance. The incidents
and people of the articles are fictional; some background paragraphs mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_ap_ain_al_asad_rockets"] = dict(
    published_on="2031-01-13",  # Monday
    meta=dict(outlet="AP", dateline="BAGHDAD",
              headline="Rockets hit Iraqi air base hosting US troops; no injuries reported"),
    quotes=[
        ("We're still assessing the damage,", "Raymond Pryce", "coalition spokesman"),
        ("Right now what I can tell you is that nobody was hurt, and that's the most important thing.", "Raymond Pryce", "coalition spokesman"),
        ("were set to be launched by a timer,", "Security Media Cell", None),
        ("It's early, and we want to be careful,", "U.S. official", None),
        ("But the signature here is familiar.", "U.S. official", None),
        ("an assault on Iraq's security and on its commitments to its partners", "Basim al-Obeidi", "Iraqi government spokesman"),
        ("It was like somebody was throwing fire into the sky, one after another,", "Khalil", "farmer in al-Baghdadi"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "suspected", "two U.S. officials, via AP")],
    incidents=[inc("2031-01-12", "day", "Ain al-Asad air base", "Anbar", "Iraq", "rocket", "impact")],
    checks=[("late Sunday", "2031-01-12")],
    note="AP wire: headline, byline in capitals, dateline 'BAGHDAD (AP) —', straight marks, 'officials said Monday' "
         "(the publication day, no incident), a contributor line. At least five rockets 'late Sunday', two inside "
         "the perimeter damaging a hangar and a vehicle: rocket, impact, Anbar. The three rockets found still loaded "
         "on the truck-mounted launcher near al-Baghdadi belong to this attack (convention), not a foiled incident. "
         "The coalition spokesman ('Col. Raymond Pryce, a coalition spokesman', then 'Pryce') speaks in a quote split "
         "by 'said ...' into two. 'No group immediately claimed responsibility for the attack': the unattributed "
         "pair. 'Two U.S. officials ... said the attack was believed to be the work of Kataib Hezbollah': hedged, "
         "suspected KH, asserted by the two officials via AP (as DESIGN's 'two US defense officials, via "
         "Politico'); one of them speaks in a quote split over two sentences ('the official said'): speaker the "
         "bare role. 'Kataib Hezbollah did not respond': no stance. The government spokesman's partial quote and "
         "the farmer (first name only, 'Khalil', as the text gives it) name nobody. 'Iran-backed militias' names no "
         "group and Iran gets no stance; Asaib Ahl al-Haq's announcement last year that it had ended military "
         "activity and the Islamic State remnants are background: no stance.",
)
A["s02_reuters_red_sea_bulk_carrier"] = dict(
    published_on="2031-02-12",  # Wednesday
    meta=dict(outlet="Reuters", dateline="DUBAI",
              headline="Yemen's Houthis say they fired missiles at ship in Red Sea; vessel reports fire"),
    quotes=[
        ("with two suitable ballistic missiles", "Abdulaziz al-Murtada", "Houthi military spokesman"),
        ("The hit was direct and accurate,", "Abdulaziz al-Murtada", "Houthi military spokesman"),
        ("Our operations at sea will not stop as long as the aggression and the siege on our people continue.", "Abdulaziz al-Murtada", "Houthi military spokesman"),
        ("Iran-backed Houthi terrorists", "U.S. Central Command", None),
        ("These reckless attacks put the lives of civilian mariners at risk and threaten regional stability,", "U.S. Central Command", None),
        ("The crew acted quickly and professionally and the fire was extinguished within an hour,", "Thalassa Bulk Management", None),
        ("We are in close contact with the authorities and the families of our seafarers.", "Thalassa Bulk Management", None),
        ("Every attack that lands puts a few more owners back on the long route, and the insurers follow,", "Mira Castell", "head of threat intelligence at London-based Seawatch Risk"),
        ("A single successful strike undoes months of slow recovery in traffic.", "Mira Castell", "head of threat intelligence at London-based Seawatch Risk"),
    ],
    stances=[st("Houthis", "claimed", "Abdulaziz al-Murtada"),
             st("Houthis", "assessed", "U.S. Central Command")],
    incidents=[inc("2031-02-11", "day", "Red Sea, about 60 nautical miles west of Hodeidah", None, None, "missile", "impact"),
               inc("2031-02-03", "day", "Gulf of Aden", None, None, "drone", "impact")],
    checks=[("on Tuesday", "2031-02-11")],
    note="Reuters wire: headline, 'By Reuters', dateline 'DUBAI, Feb 12 (Reuters) -', straight marks, a closing "
         "'(Reporting by ...; Editing by ...)' line. Two ballistic missiles at the bulk carrier Kestrel Bay 'on "
         "Tuesday', one hit the starboard side (small fire), the other fell in the water: one incident, missile, "
         "impact, at sea; the claim is reported 'on Wednesday' (publication day). The Houthi military spokesman, "
         "named before his partial quote and then 'he' across a quote split by 'he said': claimed Houthis, asserted "
         "by him. CENTCOM's post: '\"Iran-backed Houthi terrorists\" had launched two anti-ship ballistic "
         "missiles': firm, from a military command: assessed Houthis, asserted by U.S. Central Command (the name as "
         "the text gives it in full, 'CENTCOM' later); 'Iran-backed' is a sponsor, no stance. The ship manager "
         "(company named in apposition, then 'the company said' in a split quote) names nobody. 'also claimed "
         "responsibility for an attack on Feb. 3' in which an explosive drone boat hit the tanker Oriel in the Gulf "
         "of Aden: drone (explosive-boat convention), impact, day precision, covered by the one claimed pair. "
         "'Iran has denied arming the Houthis': a state's denial of arming a group, not of the attack: no stance. "
         "The risk analyst's split quote: no stance.",
)
A["s03_afp_omar_field_drones"] = dict(
    published_on="2031-02-27",  # Thursday
    meta=dict(outlet="AFP", dateline="Deir Ezzor (Syria)",
              headline="Drones target US-led coalition base at Syria oil field: monitor"),
    quotes=[
        ("Two drones were shot down by the base's air defences, but the third fell near the housing units and caused material damage,", "Firas al-Khalaf", "monitor's head"),
        ("no injuries", "US defence official", None),
        ("minor", "US defence official", None),
        ("the occupation forces' base at the Omar field", "Islamic Resistance in Iraq", None),
        ("the crimes of the occupation in the region", "Islamic Resistance in Iraq", None),
        ("These attacks only serve the cells of the Islamic State group, which exploit every moment of instability to reorganise,", "Delil Kobani", "SDF spokesman"),
        ("Our forces and the coalition will continue their work against terrorism,", "Delil Kobani", "SDF spokesman"),
        ("We heard a buzzing like a generator up in the air and then two bangs, one after the other,", "Abu Ahmad", "farmer from the village of Al-Tayyana"),
        ("The children did not sleep again until morning.", "Abu Ahmad", "farmer from the village of Al-Tayyana"),
    ],
    not_quotes=["caliphate"],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2031-02-27", "day", "US-led coalition base at the Al-Omar oil field", "Deir ez-Zor", "Syria", "drone", "impact")],
    note="AFP wire: headline ending ': monitor', dateline 'Deir Ezzor (Syria) (AFP) –' (en dash), straight marks, "
         "British spelling, 'told AFP', a closing slug line 'bur-fk/ser'. Three drones 'overnight', 'shortly after "
         "1:00 am (2200 GMT Wednesday)', in a story where the monitor 'said Thursday': the local date, the "
         "publication day 2031-02-27 (convention; the GMT time falls on the Wednesday, which is not the date). Two "
         "shot down, the third fell near the housing units and caused damage: one incident, impact (interceptor-"
         "miss convention). The monitor's head is named in apposition after 'the monitor's head'. The US defence "
         "official's two one-word and two-word partial quotes ('no injuries', 'minor'; the period after the "
         "closing mark) are quotes of the unnamed official; 'did not say who was responsible': no unattributed "
         "pair, since the attack is claimed. The Islamic Resistance in Iraq 'said on Telegram that its fighters had "
         "attacked' the base (two partial quotes): claimed IRI. 'The alliance includes powerful factions such as "
         "Kataeb Hezbollah and Harakat al-Nujaba': members of the claiming umbrella, no stance of their own. The "
         "SDF spokesman ('SDF spokesman Delil Kobani', then 'he') mentions the Islamic State's cells as those the "
         "attacks 'serve', not as the culprit: no stance. The 'caliphate' in marks is a scare quote (not_quotes). "
         "'Iran-backed' and the 2019 defeat of IS: background. The villager 'Abu Ahmad' (a kunya, as the text "
         "gives it) in a quote split by 'said ...'.",
)
A["s04_krg_harir_drones_findings"] = dict(
    published_on="2031-03-05",  # Wednesday
    meta=dict(outlet="Kurdistan Regional Government", dateline="Erbil, Kurdistan Region, Iraq",
              headline="Kurdistan Region Security Council announces findings of investigation into Harir drone attack"),
    quotes=[
        ("The technical examination of the wreckage and the tracking of the flight path have established that the two drones were launched from an area south of Tuz Khurmatu that is under the control of the Kataib Sayyid al-Shuhada militia, which operates within the Popular Mobilisation Forces.", "Kurdistan Region Security Council", None),
        ("The denial issued by this militia on its media channels on March 4 does not change the facts. The evidence, including the coordinates of the launch point, has been handed to the relevant federal authorities in Baghdad.", "Kurdistan Region Security Council", None),
        ("This was a terrorist attack on a base where our Peshmerga and our partners work together against ISIS. We thank the air defence crews, whose quick response prevented casualties.", "Soran Hawezi", "Kurdistan Regional Government spokesperson"),
        ("The Kurdistan Regional Government has done its part. We have identified who did this and where they launched from. Now it is the responsibility of the federal government to act, and we expect concrete steps, not another committee.", "Soran Hawezi", "Kurdistan Regional Government spokesperson"),
        ("to protect the Kurdistan Region and its people.", "Karwan Salih", "Minister of Peshmerga Affairs"),
    ],
    stances=[st("Kataib Sayyid al-Shuhada", "assessed", "Kurdistan Region Security Council"),
             st("Kataib Sayyid al-Shuhada", "denied", "Kataib Sayyid al-Shuhada")],
    incidents=[inc("2031-03-03", "day", "Harir base, Shaqlawa district", "Erbil", "Iraq", "drone", "impact"),
               inc("2031-03-01", "month", "Erbil International Airport", "Erbil", "Iraq", "rocket", "intercepted")],
    note="Kurdistan Regional Government press release on the GOV.KRD pattern: title, 'Posted on: 05-03-2031' (day "
         "first), dateline 'Erbil, Kurdistan Region, Iraq (GOV.KRD) -', curly marks, '-ENDS-'. The attack 'on March "
         "3' is reported two days later with the investigation's findings: two explosive drones on Harir base, one "
         "shot down, the other struck an empty storage building: one incident, drone, impact, day precision, "
         "Erbil governorate (Shaqlawa district). 'The KRSC statement reads:' and 'Kurdistan Regional Government "
         "spokesperson Soran Hawezi said:' each stand on their own paragraph before a two-paragraph quote (the "
         "first paragraph left open): two quotes each. The KRSC's 'have established that the two drones were "
         "launched from an area ... under the control of the Kataib Sayyid al-Shuhada militia': firm, a regional "
         "government's security council: assessed KSS, asserted by the Kurdistan Region Security Council (name as "
         "the text first gives it in full). 'which operates within the Popular Mobilisation Forces': the militia's "
         "parent, no PMF stance (judgement call). 'The denial issued by this militia on its media channels on March "
         "4': a denial known from the accuser's rebuttal: denied KSS, asserted by the group. The spokesman's 'We "
         "have identified who did this' restates the finding: no further pair. The minister (role before the name, "
         "'Minister of Peshmerga Affairs Karwan Salih', then 'He') visited 'on Tuesday': no incident. 'a rocket "
         "launched toward Erbil International Airport was shot down earlier this month': intercepted, precision "
         "month; 'the investigation into that attack is ongoing' names nobody and says nothing of claims: no "
         "unattributed pair (judgement call).",
)
A["s05_thenational_khor_mor_gas_field"] = dict(
    published_on="2031-04-13",  # Sunday
    meta=dict(outlet="The National", dateline=None,
              headline="Drone attack halts production at Khor Mor gas field in Iraq's Kurdistan region"),
    quotes=[
        ("Our first concern is our people, and I am grateful that every one of them is safe,", "Hamad Al Suwaidi", "chief executive of Meridian Gas"),
        ("We are working with the authorities in the Kurdistan region to assess the damage and to restore supplies as quickly as we safely can.", "Hamad Al Suwaidi", "chief executive of Meridian Gas"),
        ("Khor Mor feeds the power stations that give electricity to millions of homes. Whoever did this did not target a company, they targeted those families.", "Hamad Al Suwaidi", "chief executive of Meridian Gas"),
        ("a terrorist act targeting vital energy infrastructure", "UAE Ministry of Foreign Affairs", None),
        ("bear the consequences", "Kataib Hezbollah", None),
        ("transparent investigation", "Badr Organization", None),
        ("Each of these incidents makes it harder to finance the next phase,", "Yasmin Haddad", "Energy analyst"),
        ("Lenders look at the risk and they price it in.", "Yasmin Haddad", "Energy analyst"),
    ],
    stances=[st(None, "unattributed", None)],
    incidents=[inc("2031-04-11", "day", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "impact"),
               inc("2031-04-01", "month", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "intercepted")],
    checks=[("on Friday night", "2031-04-11")],
    note="The National style: headline, standfirst, byline and 'April 13, 2031' on their own lines, no dateline, "
         "curly marks, '11.30pm', 'Sulaimani province' (admin1 given as Sulaymaniyah). A drone struck a condensate "
         "tank 'on Friday night', fire put out 'early on Saturday' (not an attack date): drone, impact. The chief "
         "executive's first piece closes before 'said Hamad Al Suwaidi, chief executive of Meridian Gas.', the "
         "next opens in the same paragraph and is left open at its end, the third paragraph opens afresh: three "
         "quotes. The region's Ministry of Interior 'did not say who it believed was responsible' and 'No group has "
         "claimed responsibility for the attack': the unattributed pair. 'Earlier this month, a drone was shot down "
         "over the field's perimeter': intercepted, precision month. The UAE ministry's partial quote names nobody. "
         "Kurdish officials' past pointing 'to armed groups based in the disputed areas' names no group. Kataib "
         "Hezbollah's warning last year that foreign companies would 'bear the consequences': a quote of the group "
         "(canonical name), but a threat made before the attack, and 'it has never said it was behind any attack on "
         "the field': no stance (judgement call). The 'Badr Organisation' (canonical 'Badr Organization') calls for "
         "a 'transparent investigation': a quote, no stance. The attacks since 2022: background.",
)
A["s06_mee_saudi_pumping_station"] = dict(
    published_on="2031-05-15",  # Thursday
    meta=dict(outlet="Middle East Eye", dateline=None,
              headline="Drones hit Saudi oil pumping station as little-known Iraqi group claims attack"),
    quotes=[
        ("This act of sabotage targets not only the kingdom but the security of global energy supplies,", "Saudi Ministry of Energy", None),
        ("the oil installations of the Saudi regime", "Liwa al-Fajr al-Sadiq", None),
        ("bore the hallmarks of Kataib Hezbollah", "US official", None),
        ("We’ve seen this name before, or names like it. It’s a label, not an organisation,", "US official", None),
        ("The people behind it are people we know.", "US official", None),
        ("We have no connection to this operation, and we have not launched anything toward the kingdom since the truce,", "Nabil al-Hamdani", "member of the Houthi political council"),
        ("Those who want to drag Yemen into this should look elsewhere.", "Nabil al-Hamdani", "member of the Houthi political council"),
        ("Iraq will not be a launch pad against its brothers,", "Qais al-Hashimi", "government spokesman"),
        ("The message is that the kingdom’s rapprochement with Israel has a price, and that the price can be collected from Iraq rather than Yemen,", "Dina Sabbagh", "Gulf security researcher at King’s College London"),
    ],
    stances=[st("Liwa al-Fajr al-Sadiq", "claimed", "Liwa al-Fajr al-Sadiq"),
             st("Kataib Hezbollah", "suspected", "US official, via Middle East Eye"),
             st("Houthis", "denied", "Nabil al-Hamdani")],
    incidents=[inc("2031-05-14", "day", "oil pumping station on the East-West pipeline near Al-Ahsa", "Eastern Province", "Saudi Arabia", "drone", "impact")],
    checks=[("early on Wednesday", "2031-05-14")],
    note="Middle East Eye style: headline, standfirst with single straight marks (not marks for the checker), "
         "byline, 'Published date: 15 May 2031 10:05 BST', no dateline, curly marks and apostrophes. Two drones hit "
         "the pumping station 'early on Wednesday', fire contained: drone, impact, Eastern Province. The Saudi "
         "Ministry of Energy's statement 'without naming any party': a quote, no pair (the attack is claimed). A "
         "previously unknown Liwa al-Fajr al-Sadiq 'said on its Telegram channel that it had attacked' the "
         "installations: claimed, named as in the text. 'A US official ... said the drones were believed to have "
         "been launched from southern Iraq and that the attack \"bore the hallmarks of Kataib Hezbollah\"': hedged, "
         "suspected KH, via MEE; the official's later split quote calls the front name 'a label': no further pair. "
         "'Kataib Hezbollah, which is armed and funded by Iran's Islamic Revolutionary Guard Corps': sponsor, no "
         "IRGC stance. The Houthi political council member ('told MEE the movement had nothing to do with it', "
         "then a quote split by 'he said'): denied Houthis, asserted by him. The September 2019 Abqaiq attack that "
         "'The Houthis claimed' and that the US said was launched from Iran: history, no stance, no incident. "
         "The Iraqi government spokesman (named after his quote) and the researcher name nobody.",
)
A["s07_shafaq_babil_convoy_ied"] = dict(
    published_on="2031-06-10",  # Tuesday
    meta=dict(outlet="Shafaq News", dateline=None,
              headline="Faction claims, then retracts, IED attack on coalition supply convoy in Babil"),
    quotes=[
        ("The device was planted on the side of the road near al-Musayyib and exploded as the convoy passed at around 8:30 pm. It damaged one of the trucks, and the driver, an Iraqi national, was not hurt,", "security source", None),
        ("targeted a supply convoy of the American occupation in Babil and destroyed one of its vehicles.", "Saraya Fursan al-Rafidain", None),
        ("was issued without the knowledge of the leadership", "Saraya Fursan al-Rafidain", None),
        ("has no connection to the Babil explosion.", "Saraya Fursan al-Rafidain", None),
        ("Such names appear and disappear according to the political climate. A faction that claims an operation one night and disowns it the next morning is receiving instructions from someone bigger than itself,", "Haider al-Kinani", "Security expert"),
        ("The timing, in the middle of the negotiations over the coalition's withdrawal, tells you who the message is for.", "Haider al-Kinani", "Security expert"),
    ],
    not_quotes=["Saraya Fursan al-Rafidain"],
    stances=[st("Saraya Fursan al-Rafidain", "claimed", "Saraya Fursan al-Rafidain"),
             st("Saraya Fursan al-Rafidain", "denied", "Saraya Fursan al-Rafidain"),
             st(None, "unattributed", None)],
    incidents=[inc("2031-06-09", "day", "international highway near al-Musayyib, northern Babil", "Babil", "Iraq", "ied", "impact"),
               inc("2031-06-03", "week", "highway north of al-Diwaniyah", "Al-Qadisiyah", "Iraq", "ied", "impact")],
    checks=[("on Monday evening", "2031-06-09")],
    note="Shafaq News English style: headline, a '2031-06-10 08:14' timestamp line, body opening 'Shafaq News/', "
         "straight marks, 'told Shafaq News Agency'. An IED hit a coalition supply convoy near al-Musayyib 'on "
         "Monday evening', one truck damaged: ied, impact, Babil. The unnamed security source's quote comes before "
         "the attribution. A faction 'calling itself \"Saraya Fursan al-Rafidain\"' (its name in marks: not_quotes) "
         "claimed the attack on Telegram (partial quote): claimed; hours later the post was deleted and a new "
         "statement said the claim 'was issued without the knowledge of the leadership' and that the faction 'has "
         "no connection to the Babil explosion': denied, the same group (two pieces of evidence, as in heldout8). "
         "The security expert (role before the name, then 'al-Kinani', 'He added, \"...\"') names no group. "
         "'traffic ... returned to normal on Tuesday morning': no incident. 'Last week, a similar device struck a "
         "coalition supply convoy ... in al-Qadisiyah governorate, north of al-Diwaniyah, setting two trucks on "
         "fire. No party claimed responsibility for that attack': ied, impact, precision week, and the "
         "unattributed pair. Ashab al-Kahf and Qasim al-Jabbarin claiming attacks in 2020 and 2021: history, no "
         "stance.",
)
A["s08_almonitor_unifil_rockets"] = dict(
    published_on="2031-07-17",  # Thursday
    meta=dict(outlet="Al-Monitor", dateline="BEIRUT",
              headline="Rockets hit UN peacekeeping post in south Lebanon; Hamas denies link"),
    quotes=[
        ("This attack,", "Marco Bellandi", "UNIFIL spokesperson"),
        ("is a serious violation of Security Council Resolution 1701 and may constitute a crime under international law.", "Marco Bellandi", "UNIFIL spokesperson"),
        ("all actors", "Marco Bellandi", "UNIFIL spokesperson"),
        ("The launchers were primitive, and the orchard they were fired from is an area where these cells have operated before,", "Lebanese security official", None),
        ("We are still following the people who moved them.", "Lebanese security official", None),
        ("no connection whatsoever", "Ziad Mourad", "movement’s representative in Lebanon"),
        ("We respect UNIFIL and its role, and we have no interest in any operation that harms the people of the south or the international forces,", "Ziad Mourad", "movement’s representative in Lebanon"),
        ("Those who spread these accusations serve the agenda of the occupation.", "Ziad Mourad", "movement’s representative in Lebanon"),
        ("will not allow the south to become a mailbox for messages", "Salim Daher", "Lebanese Prime Minister"),
        ("Every incident like this one is used by those who want to shrink UNIFIL,", "diplomat in Beirut", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Hamas", "suspected", "Lebanese security official, via Al-Monitor"),
             st("Hamas", "denied", "Ziad Mourad")],
    incidents=[inc("2031-07-15", "day", "UNIFIL position near Majdal Zoun, Tyre district", "South Governorate", "Lebanon", "rocket", "impact")],
    checks=[("late Tuesday", "2031-07-15")],
    note="Al-Monitor style: headline, standfirst, byline and 'July 17, 2031' lines, dateline 'BEIRUT —', curly marks "
         "and apostrophes. Two rockets struck the UNIFIL position 'late Tuesday', two peacekeepers lightly wounded: "
         "rocket, impact, South Governorate. The spokesperson's quote is interrupted mid-sentence by 'UNIFIL "
         "spokesperson Marco Bellandi said in a statement Wednesday' (two quotes; 'Wednesday' is the statement's "
         "day, no incident); his 'all actors' in reported speech is a quote of him. 'No group has claimed "
         "responsibility for the attack': the unattributed pair. The Lebanese army's launch rails and timer: "
         "facts, no stance. 'A Lebanese security official ... said the rockets were believed to have been fired by "
         "members of a small cell linked to Hamas' armed wing, the Qassam Brigades': hedged, suspected Hamas "
         "(canonical name), via Al-Monitor; his quote is split by 'the official said'. 'Hamas rejected the "
         "accusation': its representative (role before the name in apposition, then 'Mourad') says Hamas had 'no "
         "connection whatsoever': denied Hamas, asserted by him. 'Hezbollah ... did not comment' and 'The "
         "Iran-backed group': no stance; the 2006 war: history. The Prime Minister's 'mailbox for messages' "
         "between regional powers names nobody. The unnamed diplomat: bare role as the text gives it.",
)
A["s09_newarab_aqaba_drone"] = dict(
    published_on="2031-08-19",  # Tuesday
    meta=dict(outlet="The New Arab", dateline=None,
              headline="Jordan downs drone over Aqaba as Houthis claim Eilat attack"),
    quotes=[
        ("dealt with by air defences at 10:50 pm, and its debris fell in an uninhabited area north of the city without causing any injuries", "General Command of the Jordan Armed Forces", None),
        ("military targets of the Israeli enemy in the occupied Umm al-Rashrash area", "Houthis", None),
        ("achieved its objectives", "Houthis", None),
        ("Our air defences did their duty. What was heading for the kingdom's airspace was dealt with before it could threaten anybody,", "Jordanian military source", None),
        ("Our airspace is not a corridor for anyone's missiles or drones, whoever they are and whatever their target,", "Mahmoud Obeidat", "Government spokesman"),
        ("At first we thought it was thunder, but there are no storms in August,", "Rami Nawafleh", "shopkeeper near the city's main market"),
        ("Then we saw people filming the smoke on the hill.", "Rami Nawafleh", "shopkeeper near the city's main market"),
    ],
    stances=[st("Houthis", "claimed", "Houthis"),
             st("Houthis", "suspected", "Jordanian military source, via The New Arab")],
    incidents=[inc("2031-08-17", "day", "Aqaba", "Aqaba", "Jordan", "drone", "intercepted")],
    checks=[("late on Sunday", "2031-08-17")],
    note="The New Arab style: headline, 'The New Arab Staff & Agencies' and '19 August, 2031' lines, no dateline, "
         "straight marks. A drone shot down over Aqaba 'late on Sunday', debris in an uninhabited area: drone, "
         "intercepted, Aqaba governorate. The army's statement via Petra, speaker the 'General Command of the "
         "Jordan Armed Forces' as the text gives it (partial quote, the period after the closing mark); 'did not say "
         "where the drone had been launched from or who was behind it', but the Houthis claimed drones at Eilat "
         "'On Monday' (the claim's day, no incident): claimed Houthis (two partial quotes; 'Umm al-Rashrash' is "
         "Eilat), and the drone shot down over Aqaba on its way is taken as that claimed attack (convention), no "
         "unattributed pair. The unnamed military source: the wreckage 'was consistent with a long-range drone of "
         "the type the Houthis have used against Israel': hedged, suspected Houthis via The New Arab (judgement "
         "call: it names the group through the weapon type). The government spokesman and the shopkeeper (quote "
         "split by 'said ...') name nobody. 'receive weapons and training from Iran': sponsor, no stance. The "
         "Islamic Resistance in Iraq's Eilat claims 'in 2024': history, no stance.",
)
A["s10_lwj_ansar_al_furat_front"] = dict(
    published_on="2031-09-23",  # Tuesday
    meta=dict(outlet="FDD's Long War Journal", dateline=None,
              headline="New Iraqi militia front claims rocket attack on US base in Syria"),
    quotes=[
        ("With the help of God, the mujahideen of Harakat Ansar al-Furat struck the American occupation forces in the Conoco field with a salvo of Grad rockets, and the hits were confirmed. This is the first of our operations and not the last.", "Harakat Ansar al-Furat", None),
        ("We're aware of the claim. We don't comment on attribution while we're still looking at it,", "US defense official", None),
        ("The Euphrates is the line between the occupiers and the resistance,", "Harakat Ansar al-Furat", None),
    ],
    stances=[st("Harakat Ansar al-Furat", "claimed", "Harakat Ansar al-Furat"),
             st("Kataib Hezbollah", "suspected", "FDD's Long War Journal"),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st(None, "unattributed", None)],
    incidents=[inc("2031-09-16", "week", "US base at the Conoco gas field", "Deir ez-Zor", "Syria", "rocket", "impact"),
               inc("2031-09-04", "day", "US garrison at al-Tanf", "Homs", "Syria", "drone", "intercepted"),
               inc("2031-09-21", "day", "Khasham, east of the Euphrates", "Deir ez-Zor", "Syria", "rocket", "foiled")],
    checks=[("On Sunday", "2031-09-21")],
    note="FDD's Long War Journal analysis: headline, 'By ... | September 23, 2031 | FDD's Long War Journal' line, "
         "no dateline, straight marks, the outlet's own analytic voice, an author bio line. 'last week's rocket "
         "attack on the US base at the Conoco gas field': two rockets struck inside the base, a vehicle damaged "
         "(from the unnamed US defense official, unquoted): rocket, impact, precision week. 'Its first statement "
         "read:' on its own paragraph, then the claim in one marked paragraph: claimed by the new front Harakat "
         "Ansar al-Furat (named as in the text; its second quote is in a later paragraph, 'the group's statement "
         "said'). The US official's 'We don't comment on attribution': no pair (the attack is claimed). 'FDD's Long "
         "War Journal assesses that the attack was likely carried out by Kata'ib Hezbollah operatives using a new "
         "name': hedged ('likely'), from an outlet, not a government: suspected KH (canonical name), asserted by "
         "the outlet. Channels of Kata'ib Hezbollah and 'Harakat Hezbollah al-Nujaba' reposting the statement: "
         "evidence for the outlet's judgement, no stance of its own, and none for Nujaba (judgement call). The "
         "Islamic Resistance in Iraq 'has not mentioned the Conoco attack' but claimed 'a drone attack on the US "
         "garrison at al-Tanf on Sept. 4', shot down per CENTCOM: claimed IRI; drone, intercepted, day precision, "
         "Homs governorate. 'On Sunday' the SDF dismantled a rocket launcher aimed at the Conoco base in Khasham: "
         "foiled (convention), and 'No group has claimed that attempt': the unattributed pair. 'Iran's Iraqi "
         "proxies': sponsor. The 2020 killings, Ashab al-Kahf and Saraya Awliya al-Dam, 'allowed ... Tehran, to "
         "deny responsibility': history, no stance; 'talks that Kata'ib Hezbollah has said it rejects': politics, "
         "no stance.",
)

write_corpus(D, A)
