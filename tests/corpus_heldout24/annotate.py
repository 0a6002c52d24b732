"""Hand annotations of the twenty-fourth held-out corpus (tests/corpus_heldout24).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), its tests, its development
or scores, or the texts of any earlier corpus, and annotated without running the extractor, `threatdesk import`
or any script but this one. Same format and checks as tests/corpus_heldout12/annotate.py (shared in
tests/corpus_tools.py): each quote is the exact text typed by hand; its offsets come from str.find on the .txt
(each must occur once, sit right after an opening mark and end at a closing mark or at the end of its
paragraph). Marks that are deliberately not quotes (scare quotes) are listed in not_quotes and checked the same
way.
Run `python tests/corpus_heldout24/annotate.py` to rewrite the .json files after editing an annotation.

The three conventions paragraphs below are copied verbatim from tests/corpus_heldout12/annotate.py and followed
here; the last of them ("New conventions in this corpus") means heldout12's.

Conventions (as in heldout10 and heldout11): speakers of statements by a group in the gazetteer take the
canonical gazetteer name; other speakers are named as in the text (a person's full name as first given even
where the text later uses the surname only, an organisation's name as the text gives it in full, a bare role
for unnamed sources). 'last week' is published_on minus 7 days with precision week; a weekday is its most
recent occurrence on or before published_on; 'earlier this month' is the first day of the publication month
with precision month; 'last month' is the first day of the month before the publication month with precision
month; an absolute date ('On May 19', 'on Feb. 17', 'On 9 August', 'the September 3 bombing') has precision
day; 'overnight' with a time after midnight in a story published that day is the publication date. Places at
sea have no admin1 or country. Two launches with one interceptor miss (or three of four intercepted) count as
one incident with outcome impact; an explosive boat counts as a drone; rockets left unfired on the launcher of
an attack belong to that attack. Stances are listed per article, one pair per (actor, stance) even where it
covers two incidents; an unattributed pair is given where the text says nobody has claimed an incident or
that a source named nobody for it, not merely because an official did not name anyone while a claim exists.
In a briefing summary or a press statement, the text in the organisation's own voice is not a quote; only
words set in marks are.

Names, as in heldout9-11: a speaker or actor that is one of these armed groups or institutions takes this
canonical name whatever spelling the text uses: Kataib Hezbollah, Kataib Sayyid al-Shuhada, Asaib Ahl al-Haq,
Harakat al-Nujaba, Islamic Resistance in Iraq, Popular Mobilization Forces, Islamic State, IRGC, Houthis,
Hamas, Hezbollah, Badr Organization (so 'Asa'ib Ahl al-Haq' is 'Asaib Ahl al-Haq', 'al-Nujaba movement' is
'Harakat al-Nujaba', 'IS' and 'ISIS' are 'Islamic State', 'Ansar Allah' and 'the Houthi militia' are
'Houthis'). Other organisations are named as the text first gives them in full, without a leading possessive
('Syria's Ministry of Defence' is 'Ministry of Defence', 'the Kurdistan Region's Ministry of Natural
Resources' is 'Ministry of Natural Resources'); people by their full name as first given, without rank or
title ('Brig. Gen. Fahad Al-Otaibi' is 'Fahad Al-Otaibi'); unnamed sources by a bare role ('US official',
'senior Peshmerga official', 'Secretary-General' where the text never names him); roles as the text gives
them, without a leading article.

New conventions in this corpus: 'yesterday' in a briefing is published_on minus one day, precision day (no
weekday check applies). A denial by an unnamed official carried by another outlet is asserted by the bare
role via that outlet ('Hezbollah official, via Al-Akhbar'); a suspicion that an outlet reports from a news
agency is asserted via the agency that heard it ('Jordanian security official, via Reuters'). A press
statement issued in a spokesperson's name asserts through that person and the department ('Claire Sutton,
Department of State'). A minister holding a state 'responsible for every launch from its territory' is no
attribution of the attack (no stance for the state), and a retaliatory strike by a state army on a launch site
is no incident.

New conventions in this corpus (heldout24): 'at dawn today' in a quoted statement of a story published that day
is the publication date, precision day (as 'overnight'). A foiled attack (launchpad seized, bomb defused,
launch pads dismantled before use) is placed where it was foiled, not at its intended target. An unnamed
source in the outlet's own reporting asserts via that outlet ('American officials, via The New York Times',
'Kurdish security source, via Anadolu', 'U.S. defense official, via Military Times'); a belief of unnamed
officials that one outlet reports from another asserts via the outlet that reported it ('Israeli officials,
via Channel 12'). A claim issued through a group's media arm asserts via that arm ('Al Qaeda in the Arabian
Peninsula, via Al Malahem', like 'Islamic State, via Amaq'). A statement by a named spokesman of a group or
ministry asserts through that person (the Houthis' military spokesman, Asaib Ahl al-Haq's spokesman on X, a
ministry spokesman). Two groups claiming one attack (competing claims) give one claimed pair each. The
spokesman of the Southern Transitional Council counts as a military source: a firm attribution by him is
assessed. Scare quotes ('so-called "front" names', 'a "caliphate"') are not_quotes.

New situations in this corpus: outlets and house styles not used before or used anew (The New York Times with a
summary line, 'Reporting from Baghdad' and 'Mr.'; Bloomberg with market paragraphs and '--With assistance
from'; Sky News with one-sentence paragraphs and a quote paragraph with no verb; France 24 'with AFP'; Anadolu
Agency with 'Name |DD.MM.YYYY - Update : DD.MM.YYYY' and 'ERBIL, Iraq'; The Times of Israel; L'Orient Today with
'BEIRUT —'; Gulf News with 'Dubai:'; the Iraqi News Agency with 'Baghdad-INA' and a Security Media Cell
statement; Military Times in AP style). Situations: a new front group's claim, a hedged US suspicion of Kataib
Hezbollah and Kataib Hezbollah's denial; a Houthi claim on a tanker at sea with an unclaimed, uncommented
interception earlier in the month; two rival front groups claiming one drone on Erbil airport against a
Kurdish directorate's firm finding on Kataib Sayyid al-Shuhada; a ministry's firm blame on IS before IS's Amaq
claim, with last week's unclaimed defused bomb; an unclaimed drone on a gas field, an anonymous hedged
suspicion of Asaib Ahl al-Haq and its spokesman's denial on X; an umbrella's claim on Eilat with a second-hand
suspicion of Kataib Hezbollah and last week's Houthi missile; unclaimed rockets from Lebanon with an army
spokesman's 'most likely' Hamas and a Hamas official's denial; an AQAP claim via Al Malahem beside the STC's
firm blame, and an earlier drone probably launched by the Houthis; a foiled launchpad and last week's rocket,
both unclaimed; a Nujaba claim against a defense official's suspicion of Kataib Hezbollah, with an unclaimed
drone on Sept. 2. Sponsors ('Iran-backed', 'Iran-aligned'), membership ('part of ... Popular Mobilisation
Forces', 'one of the main factions in the umbrella group'), groups that do not comment and historical asides
(the 2019 embassy storming and the Suleimani strike, the Houthis' shipping attacks from 2023, the 2021 Erbil
rockets, the July 2023 Sayyida Zeinab bomb, the April 2024 Khor Mor drone, the April 2023 barrage from
Lebanon, AQAP in Mukalla, Tower 22) give no stance and no incident. All articles, people and incidents are
fictional; some background paragraphs mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_nyt_baghdad_embassy_drones"] = dict(
    published_on="2045-01-16",  # Monday
    meta=dict(outlet="The New York Times", dateline=None,
              headline="Drone Attack Hits U.S. Embassy Compound in Baghdad, and a New Name Claims It"),
    quotes=[
        ("the nest of espionage in the Green Zone", "Saraya Rijal al-Thar", None),
        ("more surprises", "Saraya Rijal al-Thar", None),
        ("We have no connection to what happened at the embassy, and we do not hide behind other names,", "Kataib Hezbollah", None),
        ("When we decide to strike, we say so.", "Kataib Hezbollah", None),
        ("working closely with our Iraqi partners to determine who is responsible.", "Marcus Whitfield", "State Department spokesman"),
        ("An attack on a diplomatic mission is an attack on Iraq itself,", "Hisham al-Rubaie", "spokesman for Prime Minister Adnan al-Zubaidi"),
        ("The government will not allow a handful of people to drag the country into a war it did not choose.", "Hisham al-Rubaie", "spokesman for Prime Minister Adnan al-Zubaidi"),
        ("It sounded like a motorcycle in the sky, and then there was a bang and the whole street went quiet,", "Ahmed Jassim", "shopkeeper in the nearby Karrada district"),
    ],
    stances=[st("Saraya Rijal al-Thar", "claimed", "Saraya Rijal al-Thar"),
             st("Kataib Hezbollah", "suspected", "American officials, via The New York Times"),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah"),
             st(None, "unattributed", None)],
    incidents=[inc("2045-01-15", "day", "U.S. Embassy compound", "Baghdad", "Iraq", "drone", "impact"),
               inc("2045-01-02", "day", "U.S. Embassy, outer wall", "Baghdad", "Iraq", "rocket", "impact")],
    checks=[("late Sunday", "2045-01-15")],
    note="The New York Times web story: headline, summary line, two-name byline, 'Reporting from Baghdad' (the "
         "reporters' base, not a dateline), 'Jan. 16, 2045, 5:47 a.m. ET', curly marks, 'Mr.' on second reference. "
         "Two explosive drones at the embassy 'late Sunday', one shot down over the Tigris, the other crashed into a "
         "parking area inside the compound, vehicles damaged: one incident, drone, impact (one interceptor miss), "
         "Baghdad. 'a group calling itself Saraya Rijal al-Thar, which had not been heard from before, said on "
         "Telegram' (two partial quotes): claimed, named as in the text. 'Two American officials said they believed "
         "the new name was probably a front for Kataib Hezbollah': hedged ('believed', 'probably'), suspected KH, "
         "asserted by the unnamed officials via the outlet's own reporting (as heldout12's Guardian official). 'Kataib "
         "Hezbollah denied any role' and its statement split by 'the group said in a statement on Monday' (the "
         "statement's day, no incident): denied KH, asserted by the group. 'Iran-backed': sponsor, no stance. The "
         "State Department spokesman (role before the name, partial quote with the period inside the mark) and the "
         "prime minister's spokesman (appositive after the first quote, 'Mr. al-Rubaie' afterwards) name nobody. The "
         "launch point in a Dora orchard is no incident. 'On Jan. 2, a rocket landed near the compound's outer wall "
         "... No group claimed responsibility for that attack': rocket, impact (it landed), day precision, and the "
         "unattributed pair. The shopkeeper (role in apposition, then 'he said'). The December 2019 storming of the "
         "embassy by supporters of Kataib Hezbollah and the January 2020 Suleimani strike: history, no stance, no "
         "incident.",
)
A["s02_bloomberg_red_sea_tanker"] = dict(
    published_on="2045-02-07",  # Tuesday
    meta=dict(outlet="Bloomberg", dateline=None,
              headline="Houthi Missile Strikes Oil Tanker in Red Sea, Lifting Brent"),
    quotes=[
        ("with a number of appropriate naval missiles", "Abdulkarim al-Wazir", "military spokesman"),
        ("ignored repeated warnings", "Abdulkarim al-Wazir", "military spokesman"),
        ("All crew members are safe and accounted for. The vessel is proceeding under its own power to a safe port, where the damage will be assessed.", "Poseidon Tanker Management", None),
        ("Every attack like this resets the clock for insurers. Owners who had started sending ships back through the Bab el-Mandeb will now think twice, and some will not bother trying again this year.", "Helena Varga", "head of commodities research at Kestrel Energy Advisors in London"),
        ("That means longer voyages around the Cape of Good Hope and higher freight rates, and it won’t take much to put a few dollars back on the price of a barrel.", "Helena Varga", "head of commodities research at Kestrel Energy Advisors in London"),
    ],
    stances=[st("Houthis", "claimed", "Abdulkarim al-Wazir")],
    incidents=[inc("2045-02-06", "day", "southern Red Sea, about 60 nautical miles west of Hodeidah", None, None, "missile", "impact"),
               inc("2045-02-01", "month", "near the Bab el-Mandeb strait", None, None, "drone", "intercepted")],
    checks=[("Red Sea on Monday", "2045-02-06")],
    note="Bloomberg web story: headline, two-name byline, 'February 7, 2045 at 10:41 AM GMT+3', no dateline, curly "
         "marks, market paragraphs (Brent, freight, war-risk premiums), a closing '--With assistance from' line. The "
         "tanker Aegean Voyager hit by a missile 'on Monday' about 60 nautical miles west of Hodeidah, fire on deck, "
         "crew unharmed: missile, impact, at sea (no admin1 or country), per UKMTO ('according to', no quote). 'The "
         "Houthis ... claimed the attack late Monday' (the claim's day) and 'Their military spokesman, Abdulkarim "
         "al-Wazir' with two partial quotes: claimed Houthis, asserted by the named spokesman (as heldout12's Houthi "
         "spokesman); role without 'Their'. The manager's emailed statement after 'said in an emailed statement:' "
         "in the same paragraph: organisation as speaker. 'The Iran-backed group began attacking merchant ships in "
         "late 2023': sponsor and history, no stance. 'Earlier this month, a European navy frigate shot down a drone "
         "heading toward a container ship near the strait ... The Houthis didn't comment on that incident': drone, "
         "intercepted, precision month, at sea; not claimed and nobody says it is unclaimed, and a group not "
         "commenting is no stance, so no pair for it. The analyst's note 'said in a note to clients:' closes a "
         "paragraph, then a two-paragraph quote (the first left open): two quotes; she names nobody. 'on Tuesday' "
         "(prices, premiums) and 'last month' (premiums) are no incidents.",
)
A["s03_skynews_erbil_airport_drone"] = dict(
    published_on="2045-03-08",  # Wednesday
    meta=dict(outlet="Sky News", dateline=None,
              headline="Drone hits base housing British troops in northern Iraq as rival militias both claim attack"),
    quotes=[
        ("I can confirm that no UK personnel were harmed in last night's attack,", "Rachel Ainsworth", "Defence Secretary"),
        ("Our people in Erbil are doing vital work to stop the return of Daesh, and attacks like this will not deter them.", "Rachel Ainsworth", "Defence Secretary"),
        ("base of the British occupation", "Saraya al-Qassas", None),
        ("a lie meant to steal the efforts of the mujahideen", "Liwa al-Ghadab al-Husseini", None),
        ("This is a dangerous escalation, and the federal government must hold these outlaw groups to account,", "Counter-Terrorism Directorate", None),
        ("These names are largely interchangeable, and the factions behind them sometimes compete for the credit,", "Karim Nasser", "senior fellow at the Halden Institute in London"),
        ("What matters is who supplied the drone and who gave the order, and on that the Kurds seem quite sure.", "Karim Nasser", "senior fellow at the Halden Institute in London"),
        ("We heard a buzzing like a lawnmower and then a huge bang. My children did not sleep all night.", "Hawre Aziz", "resident of the nearby Ainkawa district"),
    ],
    not_quotes=["front"],
    stances=[st("Saraya al-Qassas", "claimed", "Saraya al-Qassas"),
             st("Liwa al-Ghadab al-Husseini", "claimed", "Liwa al-Ghadab al-Husseini"),
             st("Kataib Sayyid al-Shuhada", "assessed", "Counter-Terrorism Directorate")],
    incidents=[inc("2045-03-07", "day", "coalition base at Erbil International Airport", "Erbil", "Iraq", "drone", "impact")],
    checks=[("on Tuesday evening", "2045-03-07")],
    note="Sky News web story: headline, byline with 'Middle East correspondent' and a handle, 'Wednesday 8 March 2045 "
         "09:15, UK', no dateline, one- or two-sentence paragraphs, straight marks, 'Dr' without a point, British "
         "spelling ('defences', 'Mobilisation'). An explosive drone struck the coalition base at Erbil airport 'on "
         "Tuesday evening', a hangar and a storage building damaged, a second drone shot down: one incident, drone, "
         "impact, Erbil. The Defence Secretary (role before the name) speaks in two paragraphs, the second a fresh "
         "quote with no verb of its own; 'last night' inside her quote is the attack's night, no date of its own. "
         "Competing claims: 'Saraya al-Qassas said on Telegram' and 'a second group, Liwa al-Ghadab al-Husseini' "
         "calling the first claim 'a lie' (partial quotes): one claimed pair each, named as in the text. 'the "
         "Kurdistan Region's Counter-Terrorism Directorate' (speaker and asserter without the possessive) says the "
         "drones 'had been launched from near the town of Makhmour by Kataib Sayyid al-Shuhada': firm, from a "
         "security body: assessed KSS; 'part of Iraq's state-sanctioned Popular Mobilisation Forces' is membership, "
         "no stance for the PMF. KSS 'did not respond': no stance. The analyst's 'so-called \"front\" names' is a "
         "scare quote (not_quotes); his quote before 'he told Sky News' and a following paragraph with no verb; 'the "
         "Kurds seem quite sure' attributes nothing. The resident's 'said:' with a quote in the same paragraph. The "
         "February 2021 Erbil airport rockets 'claimed by ... Saraya Awliya al-Dam': history, no stance, no incident.",
)
A["s04_france24_sayyida_zeinab_bus_bomb"] = dict(
    published_on="2045-04-05",  # Wednesday
    meta=dict(outlet="France 24", dateline=None,
              headline="Bomb attack on pilgrims' bus near Damascus shrine kills nine, IS group claims responsibility"),
    quotes=[
        ("polytheists", "Islamic State", None),
        ("Preliminary investigations show that a Daesh terrorist cell planted the device at dawn on the side of the road used by visitors' buses,", "Nizar al-Khatib", "ministry spokesman"),
        ("hunting down the rest of the cell", "Nizar al-Khatib", "ministry spokesman"),
        ("The bus was full of women and children. Its windows were blown across the street,", "Abu Ali", "shopkeeper"),
        ("We carried the wounded in our own cars because the ambulances could not get through.", "Abu Ali", "shopkeeper"),
        ("cowardly terrorist crime", "foreign ministry", None),
    ],
    not_quotes=["caliphate"],
    stances=[st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Islamic State", "assessed", "Nizar al-Khatib"),
             st(None, "unattributed", None)],
    incidents=[inc("2045-04-03", "day", "road to the Sayyida Zeinab shrine, south of Damascus", "Rif Dimashq", "Syria", "ied", "impact"),
               inc("2045-03-29", "week", "bridge on the airport road south of Damascus", "Rif Dimashq", "Syria", "ied", "foiled")],
    checks=[("on Monday as it approached", "2045-04-03")],
    note="France 24 web story: headline, 'Issued on: 05/04/2045 - 14:52' (day first), 'FRANCE 24 with AFP' and the "
         "closing '(FRANCE 24 with AFP)', no dateline, straight marks, British spelling, 'told AFP'. A roadside bomb "
         "hit a minibus of pilgrims near the Sayyida Zeinab shrine 'on Monday', nine killed: ied, impact, Rif "
         "Dimashq (the shrine's governorate, from geography; judgement call). 'claimed responsibility on Tuesday' "
         "(the claim's day) through 'its Amaq propaganda agency' with the one-word quote 'polytheists': claimed "
         "Islamic State via Amaq. 'Even before the claim, the interior ministry had blamed IS' and the spokesman's "
         "'a Daesh terrorist cell planted the device' (quote before 'ministry spokesman Nizar al-Khatib said', role "
         "before the name): firm, from a ministry: assessed Islamic State, asserted by the spokesman (the named "
         "person who said it, as heldout12's Saudi ministry spokesman); 'Monday evening' is the statement's time. His "
         "partial quote after 'He said' ends before the closing mark and the full stop. The shopkeeper 'who gave his "
         "name only as Abu Ali' (speaker as named, role 'shopkeeper'): two quotes split by 'he said'. 'Iran's foreign "
         "ministry' (speaker without the possessive, lower case as in the text) names nobody. 'Last week, security "
         "forces said they had defused a bomb ... No group claimed responsibility for that device': ied, foiled, "
         "precision week, and the unattributed pair. The July 2023 motorcycle bomb and IS's 'caliphate' (a scare "
         "quote, not_quotes) and 2019 defeat: history, no stance, no incident.",
)
A["s05_anadolu_khor_mor_gas_field_drone"] = dict(
    published_on="2045-04-27",  # Thursday
    meta=dict(outlet="Anadolu Agency", dateline="ERBIL, Iraq",
              headline="Drone attack hits gas field in northern Iraq, halting production"),
    quotes=[
        ("A drone loaded with explosives struck a gas storage unit at the Khor Mor field at around 11.40 p.m., causing a fire that was brought under control by civil defense teams,", "Interior Ministry", None),
        ("temporarily suspended as a precaution,", "Zagros Gas Consortium", None),
        ("was most likely launched by elements of Asaib Ahl al-Haq from the Tuz Khurmatu area.", "Kurdish security source", None),
        ("These are baseless claims aimed at sowing discord between the components of the Iraqi people,", "Mahmoud al-Rubaie", "Asaib Ahl al-Haq spokesman"),
        ("assume its responsibilities", "Sherzad Qadir", "KRG spokesman"),
        ("Attacks on the energy sector of the Kurdistan Region are attacks on the livelihood of all Iraqis, and those behind them must be held accountable,", "Sherzad Qadir", "KRG spokesman"),
    ],
    stances=[st(None, "unattributed", None),
             st("Asaib Ahl al-Haq", "suspected", "Kurdish security source, via Anadolu"),
             st("Asaib Ahl al-Haq", "denied", "Mahmoud al-Rubaie")],
    incidents=[inc("2045-04-26", "day", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "impact"),
               inc("2045-04-01", "month", "near Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "intercepted")],
    checks=[("late Wednesday", "2045-04-26")],
    note="Anadolu Agency English: headline, a summary line, 'Emre Aksoy  |27.04.2045 - Update : 27.04.2045' (day "
         "first), dateline 'ERBIL, Iraq' on its own line, straight marks, 'Iraqi Kurdish Regional Government (KRG)'. "
         "A drone hit a gas storage unit at Khor Mor 'late Wednesday' ('at around 11.40 p.m.', a story of the next "
         "day): drone, impact, Sulaymaniyah. 'the KRG's Interior Ministry' (speaker without the possessive). 'No "
         "group has so far claimed responsibility' (in the summary line and the body): the unattributed pair. 'A "
         "Kurdish security source, who spoke to Anadolu on condition of anonymity' and the partial quote 'was most "
         "likely launched by elements of Asaib Ahl al-Haq': hedged, suspected AAH, asserted by the bare role via the "
         "outlet's own reporting. 'In a post on X, Asaib Ahl al-Haq spokesman Mahmoud al-Rubaie rejected the "
         "accusation' and his quote with 'he wrote': denied AAH, asserted by the named spokesman. 'an Iran-aligned "
         "armed group': sponsor, no stance. The KRG spokesman (role before the name, then 'Qadir said') names "
         "nobody. 'Earlier this month, a drone was shot down near the same field ... No group claimed that attack "
         "either': drone, intercepted, precision month, under the same unattributed pair. The April 2024 drone that "
         "killed four Yemeni workers: history, no stance, no incident.",
)
A["s06_timesofisrael_eilat_drones"] = dict(
    published_on="2045-05-17",  # Wednesday
    meta=dict(outlet="The Times of Israel", dateline=None,
              headline="Drone from Iraq crashes near Eilat after second is downed; Iraqi militia umbrella claims attack"),
    quotes=[
        ("from the east,", "Israel Defense Forces", None),
        ("a vital target in Umm al-Rashrash,", "Islamic Resistance in Iraq", None),
        ("Whoever sends drones at Eilat from Iraq should know that distance will not protect him. We know where they are launched from and who stands behind them.", "Yoav Ben-Ami", "Defense Minister"),
        ("We have been through much worse than this,", "Ronen Dahan", "Eilat Mayor"),
        ("The hotels are full, the beaches are open, and that is how it will stay.", "Ronen Dahan", "Eilat Mayor"),
        ("hypersonic missile", "Houthis", None),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "Israeli officials, via Channel 12"),
             st("Houthis", "claimed", "Houthis")],
    incidents=[inc("2045-05-16", "day", "open area north of Eilat", "Southern District", "Israel", "drone", "impact"),
               inc("2045-05-10", "week", "southern Israel", "Southern District", "Israel", "missile", "intercepted")],
    checks=[("on Tuesday night", "2045-05-16")],
    note="The Times of Israel: headline, subhead (no marks), 'By Noa Berger', '17 May 2045, 11:08 am', no dateline, "
         "curly marks. Two drones from Iraq 'on Tuesday night': one shot down over the Arava, the other crashed in "
         "an open area north of Eilat, no damage: one incident, drone, impact (one interceptor miss: it reached its "
         "area, judgement call), Southern District. The IDF's partial quote 'from the east' names no one (a direction "
         "is no attribution). 'The Islamic Resistance in Iraq, an umbrella group of Iran-backed Shiite militias, "
         "claimed the attack' (partial quote): claimed IRI; 'Iran-backed' is a sponsor. 'Israeli officials believe "
         "the drones were launched by Kataib Hezbollah ..., Channel 12 news reported Wednesday, without citing "
         "sources': a belief reported second-hand without sources: suspected KH via Channel 12 (judgement call: "
         "'believe' is hedged; Wednesday is the report's day). The defence minister's 'who stands behind them' names "
         "nobody. The mayor's quote split by 'Dahan told the Kan public broadcaster'. 'Last week, the Arrow missile "
         "defense system intercepted a ballistic missile fired from Yemen toward southern Israel. The Houthis claimed "
         "that attack' with their partial quote: missile, intercepted, precision week, claimed Houthis. Drones from "
         "Iraqi militias during the war that began on October 7, 2023: history, no incident.",
)
A["s07_lorienttoday_qlayleh_rockets"] = dict(
    published_on="2045-06-06",  # Tuesday
    meta=dict(outlet="L'Orient Today", dateline="BEIRUT",
              headline="Rockets fired from South Lebanon toward northern Israel; Hamas denies involvement"),
    quotes=[
        ("a rocket launcher and two rockets that had not been fired.", "Lebanese Army", None),
        ("to identify the perpetrators.", "Lebanese Army", None),
        ("most likely", "Amit Raz", "Israeli army spokesman"),
        ("holds the Lebanese state responsible for any fire from its territory.", "Amit Raz", "Israeli army spokesman"),
        ("The movement has nothing to do with the launch of rockets from South Lebanon and is committed to Lebanon's security and stability,", "Samir Abu Hamdan", "Hamas official in Lebanon"),
        ("only the enemy,", "Karim Haddad", "Prime Minister"),
        ("strike with an iron hand anyone who tampers with the security of the South.", "Karim Haddad", "Prime Minister"),
    ],
    stances=[st(None, "unattributed", None),
             st("Hamas", "suspected", "Amit Raz"),
             st("Hamas", "denied", "Samir Abu Hamdan")],
    incidents=[inc("2045-06-04", "day", "open areas near Shlomi", "Northern District", "Israel", "rocket", "impact"),
               inc("2045-05-01", "month", "near Marjayoun", "Nabatieh", "Lebanon", "rocket", "foiled")],
    checks=[("late Sunday", "2045-06-04")],
    note="L'Orient Today: headline, a standfirst, 'By Rania Khoury, 06 June 2045 13:20', dateline 'BEIRUT —' opening "
         "the body, straight marks. Three rockets from southern Lebanon 'late Sunday', one intercepted and two fell "
         "in open areas near Shlomi, no injuries: one incident, rocket, impact (fell in Israel; interceptor-miss "
         "convention), Northern District, Israel; the launcher with 'two rockets that had not been fired' found by "
         "the Lebanese Army near Qlayleh belongs to this attack (convention), and its statement 'Monday' is no "
         "incident. 'No party has claimed responsibility for the launch': the unattributed pair. The Israeli army "
         "spokesman (rank dropped) said the military believed the rockets were '\"most likely\" fired by Hamas "
         "operatives': hedged, suspected Hamas, asserted by him; Israel holding 'the Lebanese state responsible' is "
         "no stance for Lebanon (heldout12 convention). 'Hamas denied any involvement' and the quote of its official "
         "in Lebanon (appositive after the quote, 'told L'Orient Today'): denied Hamas, asserted by him. 'Hezbollah "
         "did not comment': no stance. Israeli shelling of Qlayleh and Majdal Zoun 'early Monday' is a state's "
         "retaliation: no incident. The prime minister's two partial quotes name nobody. 'Last month, the army said "
         "it had dismantled two rocket launch pads near Marjayoun before they could be used, without saying who had "
         "set them up': rocket, foiled, precision month, Nabatieh; 'without saying who' is no unclaimed statement "
         "of its own, the article's pair already stands. Israel blaming Hamas for the April 2023 barrage and the "
         "November 2024 ceasefire: history, no stance, no incident.",
)
A["s08_gulfnews_abyan_convoy_bomb"] = dict(
    published_on="2045-07-12",  # Wednesday
    meta=dict(outlet="Gulf News", dateline="Dubai",
              headline="Five southern Yemeni soldiers killed in Abyan roadside bombing claimed by Al Qaeda"),
    quotes=[
        ("convoy of the apostate militias", "Al Qaeda in the Arabian Peninsula", None),
        ("This cowardly crime was carried out by the terrorist Al Qaeda organisation, which is trying to exploit the situation in Abyan to return to areas from which it was expelled.", "Nasser Al Yafei", "STC spokesman"),
        ("Our forces will pursue the killers into their hideouts in the mountains of Mudiyah, and they will not escape punishment.", "Nasser Al Yafei", "STC spokesman"),
        ("The road has become a trap for anyone in uniform,", "Fadl Hassan Barakat", "local official in Mudiyah"),
        ("heinous terrorist crime", "Presidential Leadership Council", None),
    ],
    stances=[st("Al Qaeda in the Arabian Peninsula", "claimed", "Al Qaeda in the Arabian Peninsula, via Al Malahem"),
             st("Al Qaeda in the Arabian Peninsula", "assessed", "Nasser Al Yafei"),
             st("Houthis", "suspected", "STC officials")],
    incidents=[inc("2045-07-11", "day", "convoy in Mudiyah district", "Abyan", "Yemen", "ied", "impact"),
               inc("2045-07-01", "month", "STC military camp near Ataq", "Shabwa", "Yemen", "drone", "impact")],
    checks=[("Abyan on Tuesday", "2045-07-11")],
    note="Gulf News: headline, standfirst, 'Published: July 12, 2045 15:20', 'By ..., Correspondent', dateline "
         "'Dubai:' opening the body (the desk, not the scene), straight marks, British spelling, 'Al Qaeda' "
         "capitalised. A roadside bomb on an STC convoy in Mudiyah district 'on Tuesday', five soldiers killed: ied, "
         "impact, Abyan. 'Al Qaeda in the Arabian Peninsula (AQAP) claimed responsibility ... in a statement "
         "circulated on Wednesday by its media arm, Al Malahem' (the claim's day) with a partial quote: claimed, "
         "actor named as the text first gives it in full, asserted via its media arm (as 'Islamic State, via Amaq'). "
         "The STC spokesman's 'said:' closes a paragraph before a two-paragraph quote (first left open): 'carried "
         "out by the terrorist Al Qaeda organisation' is firm, from the spokesman of a de facto authority's armed "
         "forces: assessed AQAP (judgement call: the STC counts as a military source), asserted by him. The local "
         "official (appositive, then 'he said') and the Presidential Leadership Council's partial quote (via Saba) "
         "name nobody. 'Earlier this month, a drone struck an STC military camp near Ataq in neighbouring Shabwa "
         "province, killing two soldiers. STC officials said at the time that the drone had probably been launched "
         "by the Iran-backed Houthis, who did not comment': drone, impact, precision month; hedged, suspected "
         "Houthis asserted by the bare role; 'Iran-backed' a sponsor and 'did not comment' no stance. 'backed by "
         "the Arab Coalition', AQAP holding Mukalla until 2016 and its earlier attacks: history, no stance.",
)
A["s09_ina_baghdad_airport_launchpad"] = dict(
    published_on="2045-08-09",  # Wednesday
    meta=dict(outlet="Iraqi News Agency", dateline="Baghdad",
              headline="Security Media Cell: Rocket attack on Baghdad airport foiled, launchpad seized west of the capital"),
    quotes=[
        ("Based on accurate intelligence information, a force from the Baghdad Operations Command, in cooperation with the Intelligence Agency, at dawn today seized a launchpad prepared to fire three Katyusha rockets in the Radwaniyah area, which had been set on a timer to launch toward Baghdad International Airport.", "Security Media Cell", None),
        ("The rockets were dismantled by the explosives engineering teams, and investigations are continuing to identify the perpetrators and bring them to justice,", "Security Media Cell", None),
        ("The security forces will strike with an iron fist anyone who tries to tamper with the security of the capital and the reputation of Iraq before the world.", "Abdulkarim al-Saedi", "Spokesman for the Commander-in-Chief of the Armed Forces"),
        ("the government is determined to protect diplomatic missions, international companies and the airport, which is the gateway of Iraq to the world,", "Abdulkarim al-Saedi", "Spokesman for the Commander-in-Chief of the Armed Forces"),
        ("the security plan of the capital will be reviewed in light of the recent incidents.", "Abdulkarim al-Saedi", "Spokesman for the Commander-in-Chief of the Armed Forces"),
        ("flights were not affected in any way.", "Haidar al-Musawi", "Ministry spokesman"),
    ],
    stances=[st(None, "unattributed", None)],
    incidents=[inc("2045-08-09", "day", "Radwaniyah area, west of Baghdad", "Baghdad", "Iraq", "rocket", "foiled"),
               inc("2045-08-02", "week", "open area near the perimeter of Baghdad International Airport", "Baghdad", "Iraq", "rocket", "impact")],
    note="Iraqi News Agency English service: headline with the source first ('Security Media Cell: ...'), "
         "'2045-08-09 11:26', dateline 'Baghdad-INA' on its own line, straight marks, the agency's set phrases ('in a "
         "statement received by the Iraqi News Agency (INA)', 'It is noteworthy that'). Security forces seized a "
         "launchpad with three timed Katyusha rockets aimed at Baghdad International Airport 'at dawn today' (inside "
         "the quote, in a story published that day: the publication date, like the overnight convention; 'announced "
         "on Wednesday' is the same day): rocket, foiled; the place is where it was foiled, the Radwaniyah area "
         "(judgement call: the airport was only the intended target), Baghdad governorate. The Cell's statement: "
         "one quote after 'said in a statement ...:' in the same paragraph and one before 'the statement added' "
         "(speaker the Security Media Cell). The spokesman for the Commander-in-Chief (role as the text gives it, "
         "capitalised, rank dropped): a quote after 'told ... (INA):' and two partial quotes after 'He added that' "
         "and 'noting that'; he names nobody. The transport ministry spokesman's partial quote. 'Last week, a "
         "Katyusha rocket fell in an open area near the perimeter of the airport': rocket, impact, precision week. "
         "'No party has claimed responsibility for the two incidents so far': the unattributed pair. The 2017 "
         "victory over ISIS: history, no stance, no incident.",
)
A["s10_militarytimes_rumeilan_rockets"] = dict(
    published_on="2045-09-20",  # Wednesday
    meta=dict(outlet="Military Times", dateline=None,
              headline="Rocket attack on US base in Syria leaves four troops with brain injuries"),
    quotes=[
        ("All four service members were treated on site and have since returned to duty. There was minor damage to infrastructure,", "U.S. Central Command", None),
        ("American occupation base in Rumeilan,", "Harakat al-Nujaba", None),
        ("I'm not going to get ahead of the investigation,", "Carla Brandt", "Pentagon press secretary"),
        ("But let me be very clear: we will hold those responsible accountable, at a time and place of our choosing.", "Carla Brandt", "Pentagon press secretary"),
        ("You can harden the living quarters and add counter-rocket systems, but you can't put a dome over every outpost,", "Dana Whitcomb", "retired Army lieutenant colonel who commanded a task force in eastern Syria"),
        ("As long as the militias pay no real price, they'll keep testing us.", "Dana Whitcomb", "retired Army lieutenant colonel who commanded a task force in eastern Syria"),
    ],
    stances=[st("Harakat al-Nujaba", "claimed", "Harakat al-Nujaba"),
             st("Kataib Hezbollah", "suspected", "U.S. defense official, via Military Times"),
             st(None, "unattributed", None)],
    incidents=[inc("2045-09-18", "day", "Rumeilan Landing Zone", "Hasakah", "Syria", "rocket", "impact"),
               inc("2045-09-02", "day", "Rumeilan Landing Zone", "Hasakah", "Syria", "drone", "intercepted")],
    checks=[("Syria on Monday", "2045-09-18")],
    note="Military Times: headline, 'By Jordan Ellery', 'Sep 20, 2045, 04:12 PM', no dateline, straight marks, AP "
         "style ('Sept. 2', '6 miles', ranks before names). At least five rockets at Rumeilan Landing Zone 'on "
         "Monday', two inside the base, four troops evaluated for TBI: rocket, impact, Hasakah; the sixth rocket "
         "left on the launch rail of the truck belongs to the attack (convention). CENTCOM's statement 'released "
         "Tuesday' (the statement's day) and its quote: names nobody (speaker 'U.S. Central Command', as first given "
         "in full). 'Harakat al-Nujaba, an Iran-backed Iraqi militia, said on its Telegram channel Monday night "
         "that its fighters had fired rockets' (partial quote): claimed Nujaba; 'Iran-backed' a sponsor. 'A U.S. "
         "defense official, who spoke on the condition of anonymity ..., told Military Times that the rockets were "
         "likely fired by Kataib Hezbollah': hedged, suspected KH via the outlet (a suspicion beside a claim, as "
         "competing attribution). The press secretary (role before the name, rank dropped) 'declined to say who was "
         "responsible': no stance; her quote split by 'Brandt said'. 'On Sept. 2, a one-way attack drone was shot "
         "down as it approached Rumeilan ... No group claimed responsibility for that attack': drone, intercepted, "
         "day precision, and the unattributed pair. The retired officer (appositive role) in two paragraphs, the "
         "second without a verb. Tower 22 in January 2024, claimed by the Islamic Resistance in Iraq and blamed by "
         "the Pentagon on it and Kataib Hezbollah: history, no stance, no incident; the SDF and the Islamic State "
         "group: background, no stance.",
)

write_corpus(D, A)
