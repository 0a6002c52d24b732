"""Hand annotations of the seventeenth held-out corpus (tests/corpus_heldout17).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), the app (tui/), scripts/,
bench/, its tests, its development or scores, or the texts and annotations of any earlier corpus (only
tests/corpus_tools.py and tests/corpus_heldout12/annotate.py were read, for the format and the conventions), and
annotated without running the extractor, `threatdesk`, `threatdesk import` or any script but this one. Same
format and checks as tests/corpus_heldout12/annotate.py (shared in tests/corpus_tools.py): each quote is the
exact text typed by hand; its offsets come from str.find on the .txt (each must occur once, sit right after an
opening mark and end at a closing mark or at the end of its paragraph). Marks that are deliberately not quotes
(a group's name or a scare word set in marks) are listed in not_quotes and checked the same way.
Run `python tests/corpus_heldout17/annotate.py` to rewrite the .json files after editing an annotation.

Conventions copied from tests/corpus_heldout12/annotate.py and followed exactly:

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

New situations in this corpus (all in 2038): the Financial Times with a standfirst, a two-name byline and
'X, said:' closing a paragraph before a two-paragraph block quote, a front group's Telegram claim and an unnamed
western official's hedged 'most likely a cover name' for Asaib Ahl al-Haq (claimed front, suspected parent via
the outlet), and an unclaimed drone 'Earlier this month'; The Wall Street Journal with 'DUBAI—', 'Updated Feb.
11, 2038 6:14 pm ET', a Centcom statement naming 'Iran-backed Houthi terrorists' (assessed) beside the
Houthis' televised claim (claimed) through a named spokesman whose quote is split by 'al-Sharafi said', and an
unclaimed drone shot down 'Last week' at sea; France 24 with two competing claims on one roadside bomb (Islamic
State via Amaq and a little-known tribal group) and the SDF spokesman's hedged 'most likely the work of ISIS
cells' (suspected), with 'caliphate' in scare marks (not_quotes); Deutsche Welle with a standfirst, cross-heads,
'"Islamic State" (IS)' (not_quotes), a counter-terrorism directorate's firm blame on Kataib Hezbollah
(assessed), the group's Telegram denial (denied), 'No group has claimed' (unattributed), and the IRGC's 2024
'spy headquarters' words as a historical quote (a quote, no stance); Euronews with 'Published on 12/05/2038 -
14:26 GMT+2', an unclaimed roadside bomb on Irish peacekeepers and a named Hezbollah lawmaker's denial to a
local broadcaster (denied, asserted by him); Kurdistan24 with 'ERBIL (Kurdistan24) –', two drones of which one
was shot down and one hit (one incident, impact), an unnamed official's one-word '"likely"' Kataib Sayyid
al-Shuhada (suspected via the outlet) and an earlier drone 'On June 2' under the same unattributed pair;
Shafaq News with 'Shafaq News/' and a security source's unhedged 'ISIS remnants attacked' (assessed via the
outlet) beside 'No group has claimed responsibility for the attack so far' (unattributed), and the group's Amaq
claim of an IED 'Earlier this month' (claimed); The National with 'Name, Amman' and 'Aug 18, 2038', a security
official's '"probably"' Harakat al-Nujaba to the outlet (suspected) and an unnamed Nujaba official's denial to
Al Mayadeen (denied via Al Mayadeen), and the Tower 22 attack of 2024 (history); Stars and Stripes with
'WASHINGTON —' (the reporter's base), an umbrella's claim (claimed) and an unnamed defense official's hedged
'"probably"' Kataib Hezbollah (suspected via the outlet), a fifth rocket left in the launcher (same attack), and
a drone 'On Sept. 6' claimed by the same umbrella; Al Jazeera English with a standfirst, 'Al-Bab, Syria –', an
interior ministry's firm 'a cell belonging to the ISIL terrorist organisation' (assessed Islamic State) beside
'No group has claimed responsibility' (unattributed). Sponsors ('Iran-backed', 'Iran-aligned', 'pro-Iranian'),
umbrella membership, groups that 'did not respond', 'could not be reached' or 'has not commented', states that
'expect' neighbours to police their territory, and historical asides (Burjesia 2019, Soleimani 2020, Baghouz
2019, Seán Rooney 2022, Khurmala and the Duhok fields 2025, Wadi al-Shay and Qarachogh 2021, Tower 22 2024, Ain
al-Asad 2020, al-Bab 2017 and 2022): no stance, no incident. All articles, people and incidents are fictional;
some background paragraphs mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_ft_basra_burjesia_rockets"] = dict(
    published_on="2038-01-20",  # Wednesday
    meta=dict(outlet="Financial Times", dateline=None,
              headline="Rocket attack on Basra oil camp puts foreign operators on alert"),
    quotes=[
        ("a limited number", "Meridian Petroleum", None),
        ("Our first duty is to the people who work for us, and we will not take chances with their safety.", "Helen Aske", "chief executive"),
        ("Production has not been affected, and we remain fully committed to Iraq and to our partners at Basra Oil Company.", "Helen Aske", "chief executive"),
        ("the nest of the foreign plunderers of Iraq’s wealth", "Qabdat al-Janoub", None),
        ("most likely a cover name", "western security official", None),
        ("The pattern fits. They want to make a point without paying the price for it,", "western security official", None),
        ("several suspects", "Haidar al-Saadi", "spokesman for the prime minister’s office"),
        ("Attacks like this target every Iraqi, because they target the jobs and revenues on which Iraqis depend,", "Haidar al-Saadi", "spokesman for the prime minister’s office"),
        ("Basra has been relatively insulated from the militia confrontation for years,", "Omar Fadel", "analyst at Qamar Risk, a Gulf energy consultancy"),
        ("If that insulation is gone, the discount investors demand for southern Iraq goes up, and the government’s plans for new contracts get harder.", "Omar Fadel", "analyst at Qamar Risk, a Gulf energy consultancy"),
    ],
    stances=[st("Qabdat al-Janoub", "claimed", "Qabdat al-Janoub"),
             st("Asaib Ahl al-Haq", "suspected", "western security official, via Financial Times"),
             st(None, "unattributed", None)],
    incidents=[inc("2038-01-18", "day", "Burjesia camp, west of Basra city", "Basra", "Iraq", "rocket", "impact"),
               inc("2038-01-01", "month", "West Qurna 1 oil field, north of Basra", "Basra", "Iraq", "drone", "intercepted")],
    checks=[("late on Monday", "2038-01-18")],
    note="Financial Times: headline, standfirst, two-name byline 'in Dubai and ... in Baghdad' (bases, no "
         "dateline), 'January 20 2038', curly marks, 'per cent', '4mn'. Three rockets inside the Burjesia camp "
         "'late on Monday', a warehouse and a vehicle hit, nobody hurt: rocket, impact, Basra. Meridian Petroleum's "
         "'a limited number' is the company's partial quote (speaker the company). 'Its chief executive, Helen Aske, "
         "said:' closes a paragraph before a two-paragraph quote (first paragraph left open): two quotes, role "
         "'chief executive' as the text gives it. 'A previously little-known group calling itself Qabdat al-Janoub "
         "... said on Telegram that it had fired at' (partial quote): claimed, named as in the text (a front group). "
         "'A western security official said the group was \"most likely a cover name\" for Asaib Ahl al-Haq': hedged, "
         "unnamed, the outlet's own source: suspected AAH via Financial Times (judgement call: suspected, not "
         "assessed, because of 'most likely'); his second quote split by 'the official said' adds nothing. 'did not "
         "respond' and 'Iran-backed': no stance. The prime minister's office spokesman ('several suspects', then "
         "'he said') names nobody. 'Earlier this month a small drone was shot down over the West Qurna 1 field ... "
         "No group claimed responsibility for that incident': drone, intercepted, 2038-01-01 precision month, and "
         "the unattributed pair (the rocket attack itself is claimed). The 2019 rocket on Burjesia, Soleimani and "
         "'US officials blamed Kataib Hezbollah' for attacks in that period: history, no stance, no incident. "
         "Meridian's statement 'on Tuesday' is no incident.",
)
A["s02_wsj_red_sea_tanker_missiles"] = dict(
    published_on="2038-02-11",  # Thursday
    meta=dict(outlet="The Wall Street Journal", dateline="DUBAI",
              headline="Houthi Missile Strikes Tanker in Red Sea, Setting Engine Room Ablaze"),
    quotes=[
        ("The crew is safe and accounted for, and the vessel is proceeding to a safe port,", "spokesman for Aegeon Maritime", None),
        ("Iran-backed Houthi terrorists launched two anti-ship ballistic missiles from Houthi-controlled areas of Yemen", "U.S. Central Command", None),
        ("with a number of appropriate naval missiles", "Hamid al-Sharafi", "military spokesman"),
        ("Our operations will continue,", "Hamid al-Sharafi", "military spokesman"),
        ("until the aggression stops and the siege is lifted.", "Hamid al-Sharafi", "military spokesman"),
        ("Underwriters had started to believe the worst was behind them,", "Lars Petersen", "head of marine risk at brokerage Nordhavn Partners in Copenhagen"),
        ("One missile is enough to change that.", "Lars Petersen", "head of marine risk at brokerage Nordhavn Partners in Copenhagen"),
    ],
    stances=[st("Houthis", "assessed", "U.S. Central Command"),
             st("Houthis", "claimed", "Hamid al-Sharafi"),
             st(None, "unattributed", None)],
    incidents=[inc("2038-02-10", "day", "Red Sea, about 60 nautical miles west of Hodeidah", None, None, "missile", "impact"),
               inc("2038-02-04", "week", "Gulf of Aden", None, None, "drone", "intercepted")],
    checks=[("in the Red Sea on Wednesday", "2038-02-10")],
    note="The Wall Street Journal: headline, dek, 'By ... and ...', 'Updated Feb. 11, 2038 6:14 pm ET', dateline "
         "'DUBAI—' (em dash), curly marks, '1.4%', a closing 'Write to' line. Two antiship ballistic missiles at the "
         "tanker Kallisto Star 'in the Red Sea on Wednesday', one hit the stern, the other fell into the sea: one "
         "incident, missile, impact (interceptor-miss convention applied to a miss: one hit makes it impact), at "
         "sea (no admin1 or country). The manager's unnamed spokesman (bare role as the text gives it). Centcom's "
         "statement 'Iran-backed Houthi terrorists launched ...' (partial quote): firm, from a military command: "
         "assessed Houthis, asserted by U.S. Central Command (the name as the text first gives it in full; "
         "'Centcom' later); 'Iran-backed': no stance for Iran. 'The Houthis, who call themselves Ansar Allah, "
         "claimed the attack' through their military spokesman Hamid al-Sharafi in a televised address (partial "
         "quote, then a quote split by 'al-Sharafi said'): claimed Houthis, asserted by him (as heldout12's "
         "Al-Kibsi). 'Last week, the destroyer USS Halsey shot down a drone ... in the Gulf of Aden ... No group "
         "claimed that attack': drone, intercepted, 2038-02-04 precision week, at sea, and the unattributed pair. "
         "Brent 'on Thursday' is no incident. The marine-risk broker (quote, 'said ...', quote) names nobody. The "
         "Houthis taking Sana'a in 2014, attacks from November 2023 and the 2024-25 airstrikes: history.",
)
A["s03_france24_busayrah_sdf_bomb"] = dict(
    published_on="2038-03-17",  # Wednesday
    meta=dict(outlet="France 24", dateline=None,
              headline="Two claims, one bomb: IS and little-known group both say they hit Kurdish-led patrol in eastern Syria"),
    quotes=[
        ("destroyed a vehicle of the apostate PKK militia", "Islamic State", None),
        ("the sons of the Arab tribes", "Saraya Abna al-Furat", None),
        ("We believe it is most likely the work of ISIS cells, which have been trying to exploit tensions in the area, but we are not ruling anything out,", "Rojhat Amed", "SDF spokesman"),
        ("Both groups have an interest in being seen as the ones hitting the SDF,", "Lina Khoury", "researcher at the Arab Reform Initiative who follows the region"),
        ("For IS, it shows it is still alive. For a tribal group that nobody had heard of two years ago, a claim like this is a recruitment poster.", "Lina Khoury", "researcher at the Arab Reform Initiative who follows the region"),
        ("Sometimes the claims are simply opportunistic. Whoever gets their statement out first gets the credit.", "Lina Khoury", "researcher at the Arab Reform Initiative who follows the region"),
        ("We heard one enormous bang, then shooting for a few minutes, then silence,", "resident of al-Busayrah", None),
        ("Every family here is afraid of both sides.", "resident of al-Busayrah", None),
    ],
    not_quotes=["caliphate"],
    stances=[st("Islamic State", "claimed", "Islamic State, via Amaq"),
             st("Saraya Abna al-Furat", "claimed", "Saraya Abna al-Furat"),
             st("Islamic State", "suspected", "Rojhat Amed")],
    incidents=[inc("2038-03-15", "day", "road between al-Busayrah and al-Zir", "Deir ez-Zor", "Syria", "ied", "impact")],
    checks=[("province on Monday", "2038-03-15")],
    note="France 24 web story: headline, 'Issued on: 17/03/2038 - 15:08' (day first), 'FRANCE 24 with AFP', no "
         "dateline, straight marks, British spelling, 'told FRANCE 24', closing '(FRANCE 24 with AFP)'. A roadside "
         "bomb on the lead pickup of an SDF patrol near al-Busayrah 'on Monday', two killed, three wounded: ied, "
         "impact, Deir ez-Zor. Competing claims: IS 'claimed the attack on Tuesday through its Amaq propaganda "
         "agency' (partial quote; 'on Tuesday' is the claim's day, no incident): claimed Islamic State via Amaq; "
         "'a group calling itself Saraya Abna al-Furat' claimed it in a social-media statement (partial quote): "
         "claimed, named as the text first gives it. The SDF spokesman's 'We believe it is most likely the work of "
         "ISIS cells ... but we are not ruling anything out': hedged: suspected Islamic State (canonical), asserted "
         "by him. The researcher (quote, 'said ...', quote; then 'She added:' before a quote in the same paragraph) "
         "names no culprit of her own. 'caliphate' in scare marks: not_quotes. The unnamed resident (bare role) "
         "names nobody. 'backed by a US-led coalition', Baghouz 2019 and al-Hol: history and background, no stance, "
         "no incident. The curfew and raids 'on Tuesday': no incident.",
)
A["s04_dw_erbil_airport_drones"] = dict(
    published_on="2038-04-22",  # Thursday
    meta=dict(outlet="Deutsche Welle", dateline=None,
              headline="Iraq: Drones shot down over Erbil base hosting German troops"),
    quotes=[
        ("were launched by the outlaw Kataib Hezbollah militia from an area west of Kirkuk.", "Counter-Terrorism Directorate", None),
        ("These repeated attacks are an assault on the security of the Kurdistan Region and on the international partners who stand with it,", "Counter-Terrorism Directorate", None),
        ("The claims of the Erbil counter-terrorism apparatus are lies that serve the occupier and its agents,", "Kataib Hezbollah", None),
        ("We are not concerned with this operation, and when we act, we announce it.", "Kataib Hezbollah", None),
        ("not allow anyone to drag the country into a conflict that is not its own.", "Ahmed Jassim", "Government spokesman"),
        ("Our soldiers were in protective shelters during the attack, as provided for in such situations,", "spokesperson for the Defense Ministry in Berlin", None),
        ("Whoever is responsible is playing with fire, and putting at risk everything Iraq has achieved in recent years,", "Katrin Vogler", "German Foreign Minister"),
        ("spy headquarters.", "IRGC", None),
    ],
    not_quotes=["Islamic State"],
    stances=[st("Kataib Hezbollah", "assessed", "Counter-Terrorism Directorate"),
             st(None, "unattributed", None),
             st("Kataib Hezbollah", "denied", "Kataib Hezbollah")],
    incidents=[inc("2038-04-20", "day", "military base at Erbil International Airport", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("late Tuesday", "2038-04-20")],
    note="Deutsche Welle English: headline with 'Iraq:' prefix, a standfirst that already names the blame and the "
         "denial, '04/22/2038' and 'April 22, 2038' date lines, cross-heads ('Kataib Hezbollah rejects "
         "accusations', 'Berlin: Soldiers are safe'), straight marks, American spelling, closing credit 'lo/sms "
         "(dpa, Reuters, AFP)'. Two explosive-laden drones shot down approaching the base at Erbil airport 'late "
         "Tuesday', no casualties: drone, intercepted, Erbil. 'the Kurdistan Region's Counter-Terrorism Directorate "
         "said the drones \"were launched by the outlaw Kataib Hezbollah militia ...\"' (statement 'on Wednesday', "
         "no incident): firm, from a government security body: assessed KH, asserted by the directorate (speaker "
         "without the possessive); its second quote before 'the statement said'. 'No group has claimed "
         "responsibility for the attack': the unattributed pair (beside the assessment). KH's Telegram message, two "
         "quotes split by 'the group said': denied KH, asserted by the group. 'pro-Iranian' and 'Iran-backed': no "
         "stance. The federal government spokesman (partial quote, role before the name), the Berlin defence "
         "spokesperson (bare role) and the foreign minister (quote then 'she said') name nobody. The IRGC's January "
         "2024 missiles on Erbil 'saying they had struck an Israeli \"spy headquarters.\"': a quote of the IRGC "
         "(canonical name for 'Iran's Revolutionary Guards', period inside the mark), history: no stance, no "
         "incident. '\"Islamic State\" (IS)': the name in marks, not_quotes. The Bundeswehr mandate: background.",
)
A["s05_euronews_unifil_irish_patrol"] = dict(
    published_on="2038-05-12",  # Wednesday
    meta=dict(outlet="Euronews", dateline=None,
              headline="Two Irish peacekeepers wounded as roadside bomb hits UN patrol in south Lebanon"),
    quotes=[
        ("Deliberately targeting peacekeepers is a serious violation of international law and of Security Council resolution 1701,", "United Nations Interim Force in Lebanon", None),
        ("We call on the Lebanese authorities to carry out a swift and thorough investigation and bring those responsible to justice.", "United Nations Interim Force in Lebanon", None),
        ("had nothing to do", "Ali Mroueh", "Hezbollah lawmaker"),
        ("a suspicious act that serves only the enemy.", "Ali Mroueh", "Hezbollah lawmaker"),
        ("Our peacekeepers go to Lebanon to protect civilians, not to be targeted,", "Ciarán Moloney", "Tánaiste and Minister for Defence"),
        ("I have asked for a full account of what happened on that road, and I expect answers.", "Ciarán Moloney", "Tánaiste and Minister for Defence"),
        ("in full solidarity", "Marta Lindqvist", "EU's foreign policy spokesperson"),
        ("UNIFIL's patrols are the only thing many villagers here see of the outside world,", "Nadim Haddad", "political analyst in Beirut"),
        ("If they start to pull back, a lot of people will feel abandoned.", "Nadim Haddad", "political analyst in Beirut"),
    ],
    stances=[st(None, "unattributed", None),
             st("Hezbollah", "denied", "Ali Mroueh")],
    incidents=[inc("2038-05-11", "day", "road near Ayta al-Jabal, north-west of Bint Jbeil", "Nabatieh", "Lebanon", "ied", "impact")],
    checks=[("on Tuesday morning", "2038-05-11")],
    note="Euronews web story: headline, 'By ... with AP, AFP', 'Published on 12/05/2038 - 14:26 GMT+2' (day first), "
         "no dateline, straight marks, British/Irish spelling ('armoured', 'Tánaiste'). A roadside bomb next to an "
         "Irish UNIFIL armoured vehicle near Ayta al-Jabal 'on Tuesday morning', two wounded: ied, impact, admin1 "
         "Nabatieh (Bint Jbeil district lies in Nabatieh governorate; judgement call from geography), Lebanon. "
         "UNIFIL's statement (speaker the full name the text first gives, 'United Nations Interim Force in "
         "Lebanon'), two quotes, names nobody. 'No group has claimed responsibility for the attack': the "
         "unattributed pair. 'Hezbollah lawmaker Ali Mroueh told local broadcaster Al Jadeed that the party \"had "
         "nothing to do\" with the blast': denied Hezbollah, asserted by him (named, on the record; no 'via'). The "
         "Irish minister (quote split by 'Moloney said'), the EU spokesperson (partial quote; role without the "
         "leading article) and the analyst name nobody. The Lebanese army's investigation: no stance. Seán Rooney "
         "(December 2022, al-Aqbiya), the 2006 and 2024 wars: history, no stance, no incident. The Security "
         "Council meeting 'later this month': future, no incident.",
)
A["s06_kurdistan24_khurmala_drones"] = dict(
    published_on="2038-06-14",  # Monday
    meta=dict(outlet="Kurdistan24", dateline="ERBIL",
              headline="Drone attack sparks fire at Khurmala oil field, KRG calls for accountability"),
    quotes=[
        ("This terrorist act targets the economic lifeline of the Kurdistan Region and the livelihood of its citizens,", "Ministry of Interior", None),
        ("identify the perpetrators and hold them accountable.", "Ministry of Interior", None),
        ("likely", "senior security official", None),
        ("The type of drone and the route it took are similar to previous attacks. But the investigation is still ongoing, and we will announce the results,", "senior security official", None),
        ("Every time we get close to an agreement, these drones appear,", "Hemin Sherwani", "KRG spokesperson"),
        ("The federal government has a constitutional duty to protect all Iraqi territory, including the Kurdistan Region's oil fields.", "Hemin Sherwani", "KRG spokesperson"),
        ("not be intimidated.", "Hemin Sherwani", "KRG spokesperson"),
        ("We saw the flames from the housing area. Everyone ran out. Thank God the fire did not reach the storage tanks,", "engineer at the field", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Sayyid al-Shuhada", "suspected", "senior security official, via Kurdistan24")],
    incidents=[inc("2038-06-13", "day", "Khurmala oil field, southwest of Erbil", "Erbil", "Iraq", "drone", "impact"),
               inc("2038-06-02", "day", "Khor Mor gas field", "Sulaimani", "Iraq", "drone", "intercepted")],
    checks=[("late Sunday", "2038-06-13")],
    note="Kurdistan24: headline, 'Kurdistan24 | 2038-06-14 10:52', dateline 'ERBIL (Kurdistan24) –', straight "
         "marks. Two explosive-laden drones at the Khurmala field 'late Sunday', 'shortly before midnight': one shot "
         "down, the other set a gas processing unit on fire: one incident, drone, impact (convention), Erbil. The "
         "ministry's statement ('the Kurdistan Region's Ministry of Interior': speaker without the possessive), a "
         "quote and a partial quote, names nobody. 'No party has claimed responsibility for the attack': the "
         "unattributed pair. 'A senior security official ... said ... were \"likely\" sent by Kataib Sayyid "
         "al-Shuhada': hedged, unnamed, the outlet's own source: suspected KSS via Kurdistan24 (the one-word quote "
         "is a quote; bare role without 'in the Kurdistan Region'); his second quote adds nothing. 'an armed faction "
         "within the Popular Mobilization Forces (PMF)': membership, no stance for the PMF; 'could not be reached "
         "for comment': no stance. 'On June 2, Peshmerga air defenses shot down a drone approaching the Khor Mor gas "
         "field in Sulaimani province. Nobody claimed that attack either': drone, intercepted, day precision, under "
         "the same unattributed pair. The KRG spokesperson (quote split by 'Sherwani said', then a partial quote "
         "after 'He added') and the unnamed engineer name nobody. 'early on Monday' (the fire put out) is no "
         "incident. Past strikes on Khor Mor and the July 2025 drone attacks on the Duhok and Erbil fields: "
         "history, no incident.",
)
A["s07_shafaq_kirkuk_army_post"] = dict(
    published_on="2038-07-08",  # Thursday
    meta=dict(outlet="Shafaq News", dateline=None,
              headline="ISIS attack on army post kills officer and soldier in Kirkuk's Wadi al-Shay"),
    quotes=[
        ("ISIS remnants attacked the post of the 8th Division at around 11 p.m. with light and medium weapons from two directions,", "security source", None),
        ("The clash lasted about half an hour before the attackers withdrew toward the valley.", "security source", None),
        ("to pursue the terrorist elements", "Security Media Cell", None),
        ("detonated an explosive device on a vehicle of the Rafidha militia.", "Islamic State", None),
        ("the weakest point", "Ahmed al-Obeidi", "Kirkuk provincial council member"),
        ("The terrain is rugged, full of valleys and caves, and the gaps between the army, the PMF and the Peshmerga are exactly where these cells move,", "Ahmed al-Obeidi", "Kirkuk provincial council member"),
        ("We have asked for thermal cameras and drones for years,", "Ahmed al-Obeidi", "Kirkuk provincial council member"),
        ("The soldiers who died last night paid the price of that delay.", "Ahmed al-Obeidi", "Kirkuk provincial council member"),
        ("to prove its existence", "Aqeel al-Tai", "Security expert"),
    ],
    stances=[st("Islamic State", "assessed", "security source, via Shafaq News"),
             st(None, "unattributed", None),
             st("Islamic State", "claimed", "Islamic State, via Amaq")],
    incidents=[inc("2038-07-07", "day", "army post in Wadi al-Shay, south of Kirkuk", "Kirkuk", "Iraq", "small-arms", "impact"),
               inc("2038-07-01", "month", "near Hawija, west of Kirkuk", "Kirkuk", "Iraq", "ied", "impact")],
    checks=[("on Wednesday night", "2038-07-07")],
    note="Shafaq News English: headline, '2038-07-08 09:14', no dateline, the body opening 'Shafaq News/', straight "
         "marks, 'a security source told Shafaq News'. ISIS militants attacked an 8th Division post in Wadi al-Shay "
         "'on Wednesday night' ('at around 11 p.m.'), an officer and a soldier killed, two wounded, 'light and "
         "medium weapons': small-arms, impact, Kirkuk. The unnamed source's unhedged 'ISIS remnants attacked the "
         "post' (and the outlet's 'when ISIS militants attacked' on his word): firm: assessed Islamic State via "
         "Shafaq News (judgement call, as heldout12's unhedged unnamed official), two quotes split by 'the source "
         "said'. 'No group has claimed responsibility for the attack so far': the unattributed pair. The Security "
         "Media Cell (statement 'on Thursday morning', no incident; partial quote) names nobody. 'Earlier this "
         "month, ISIS claimed a roadside bomb that struck a Popular Mobilization Forces (PMF) vehicle near Hawija "
         "... through its Amaq agency' (partial quote with the period inside the mark): ied, impact, 2038-07-01 "
         "precision month, claimed Islamic State via Amaq. The council member (partial quote, then a quote before "
         "'al-Obeidi said', then 'he added'; 'last night' inside his quote is the attack, no date of its own) and "
         "the security expert (partial quote) name no culprit of their own. Wadi al-Shay since 2017, the December "
         "2021 Qarachogh attack by ISIS militants: history, no stance, no incident.",
)
A["s08_thenational_jordan_safawi_drones"] = dict(
    published_on="2038-08-18",  # Wednesday
    meta=dict(outlet="The National", dateline=None,
              headline="Jordan shoots down two explosive drones near Safawi as officials point to Iraqi faction"),
    quotes=[
        ("The armed forces will deal firmly with any attempt to violate the sanctity of Jordanian airspace or to harm the security of the homeland and its citizens,", "General Command of the Jordan Armed Forces", None),
        ("probably", "Jordanian security official", None),
        ("The findings are preliminary, but the flight path points in one direction,", "Jordanian security official", None),
        ("no connection to what happened in Jordan", "Harakat al-Nujaba official", None),
        ("Our battle is not with Jordan or its people,", "Harakat al-Nujaba official", None),
        ("We expect our brothers in Iraq to take every measure to prevent their territory from being used against Jordan,", "Hani Al Mufleh", "Government spokesman"),
        ("full solidarity", "Ministry of Foreign Affairs", None),
        ("Jordan has tried very hard to stay out of the regional confrontation,", "Laith Haddadin", "political analyst in Amman"),
        ("The problem is that its geography puts it between every front line in the region.", "Laith Haddadin", "political analyst in Amman"),
    ],
    stances=[st(None, "unattributed", None),
             st("Harakat al-Nujaba", "suspected", "Jordanian security official, via The National"),
             st("Harakat al-Nujaba", "denied", "Harakat al-Nujaba official, via Al Mayadeen")],
    incidents=[inc("2038-08-17", "day", "near Safawi", "Mafraq", "Jordan", "drone", "intercepted")],
    checks=[("eastern desert on Tuesday", "2038-08-17")],
    note="The National: headline, standfirst, 'Rana Qudsi, Amman' (reporter's base, no dateline), 'Aug 18, 2038', "
         "curly marks, house spellings 'Harakat Al Nujaba', 'Al Qaim', 'Dr'. Two explosive drones shot down near "
         "Safawi in Mafraq governorate 'on Tuesday', no casualties: drone, intercepted, Mafraq, Jordan. The army's "
         "statement via Petra (speaker 'General Command of the Jordan Armed Forces', the full name as first given) "
         "names nobody. 'No group has claimed responsibility': the unattributed pair. 'A Jordanian security "
         "official told The National that the drones were \"probably\" launched by Harakat Al Nujaba': hedged, the "
         "outlet's own unnamed source: suspected Harakat al-Nujaba (canonical) via The National; his second quote "
         "adds nothing. 'An official in Harakat Al Nujaba told Lebanon's Al Mayadeen television that the movement "
         "had \"no connection ...\"' then 'he said': denied, asserted by the unnamed official via Al Mayadeen "
         "(heldout12's Al-Akhbar convention). The government spokesman 'expect our brothers in Iraq to ...': no "
         "stance for Iraq (convention on states and their territory). The UAE's Ministry of Foreign Affairs "
         "(speaker without the possessive; statement 'on Wednesday', no incident) and the analyst (title 'Dr' "
         "dropped) name nobody. Drug smuggling by drone: background, no incident. Tower 22 in January 2024, the "
         "Islamic Resistance in Iraq saying it was behind attacks and Washington's blame: history, no stance, no "
         "incident; 'Iran-backed': sponsor.",
)
A["s09_stripes_ain_al_asad_rockets"] = dict(
    published_on="2038-09-23",  # Thursday
    meta=dict(outlet="Stars and Stripes", dateline="WASHINGTON",
              headline="Rockets hit Iraq's Ain al-Asad air base; no US injuries reported"),
    quotes=[
        ("We're still assessing the damage, but all personnel are accounted for,", "Dana Ferris", "Pentagon deputy press secretary"),
        ("We're not going to speculate on attribution while the investigation is ongoing.", "Dana Ferris", "Pentagon deputy press secretary"),
        ("the occupation base of Ain al-Asad", "Islamic Resistance in Iraq", None),
        ("appropriate weapons.", "Islamic Resistance in Iraq", None),
        ("probably", "U.S. defense official", None),
        ("It has their fingerprints on it, but we don't have all the forensics yet,", "U.S. defense official", None),
        ("These groups are testing the limits,", "Jonah Keller", "former Army intelligence officer who is now a fellow at the Washington Institute for Near East Policy"),
        ("Each attack that goes without a response lowers the cost of the next one.", "Jonah Keller", "former Army intelligence officer who is now a fellow at the Washington Institute for Near East Policy"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "U.S. defense official, via Stars and Stripes")],
    incidents=[inc("2038-09-21", "day", "Ain al-Asad Air Base", "Anbar", "Iraq", "rocket", "impact"),
               inc("2038-09-06", "day", "al-Tanf garrison", "Homs", "Syria", "drone", "intercepted")],
    checks=[("western Iraq on Tuesday night", "2038-09-21")],
    note="Stars and Stripes: headline, 'By Marcus Whitfield, Stars and Stripes', 'September 23, 2038', dateline "
         "'WASHINGTON —' (the reporter's base; the attack is in Anbar), straight marks, AP style ('Sept. 6', "
         "'6 miles', 'Lt. Col.'), a closing e-mail line. Four rockets at Ain al-Asad 'on Tuesday night', two shot "
         "down by the counter-rocket system, two inside the perimeter: one incident, rocket, impact (convention); "
         "the fifth rocket that failed to fire in the launcher near al-Baghdadi belongs to this attack. The deputy "
         "press secretary (rank dropped; 'told reporters Wednesday', no incident; then 'she said:' before a quote in "
         "the same paragraph) declines to attribute: no stance (a claim exists, so no unattributed pair). 'A "
         "coalition of Iran-aligned militias calling itself the Islamic Resistance in Iraq claimed the attack' (two "
         "partial quotes): claimed IRI. 'The defense official said the attack was \"probably\" carried out by Kataib "
         "Hezbollah, one of the largest militias in the coalition': hedged: suspected KH via Stars and Stripes (the "
         "one-word quote is a quote; membership no stance). 'Kataib Hezbollah did not publicly comment': no stance. "
         "The Joint Operations Command's launcher find (reported speech) names nobody. 'On Sept. 6, a one-way attack "
         "drone was shot down near the al-Tanf garrison in southeastern Syria. The Islamic Resistance in Iraq "
         "claimed that attack as well': drone, intercepted, day precision, Homs (al-Tanf lies in Homs governorate; "
         "judgement call), under the same claimed pair. Iran's January 2020 missiles on the base: history, no "
         "stance, no incident. The fellow (quote, 'said ...', quote) names nobody.",
)
A["s10_aljazeera_al_bab_car_bomb"] = dict(
    published_on="2038-10-13",  # Wednesday
    meta=dict(outlet="Al Jazeera English", dateline="Al-Bab, Syria",
              headline="Car bomb kills nine in crowded market in northern Syria’s al-Bab"),
    quotes=[
        ("I was closing my shop when the ground shook,", "Mahmoud al-Hassan", "52-year-old grocer whose nephew was among the wounded"),
        ("There was smoke everywhere and people were screaming for their children. I pulled two men out from under a fallen awning.", "Mahmoud al-Hassan", "52-year-old grocer whose nephew was among the wounded"),
        ("a cell belonging to the ISIL terrorist organisation", "Interior Ministry", None),
        ("The perpetrators wanted to kill as many civilians as possible and to shake the people’s confidence in the new security arrangements in the north,", "Nour al-Din Barakat", "Ministry spokesman"),
        ("They will not succeed.", "Nour al-Din Barakat", "Ministry spokesman"),
        ("For several years ISIL has avoided mass-casualty bombings in the northwest, because its networks there were broken,", "Rami Shukri", "researcher at the Omran Center for Strategic Studies"),
        ("If this was them, it means someone has rebuilt those networks, and that is a much bigger problem than one car,", "Rami Shukri", "researcher at the Omran Center for Strategic Studies"),
        ("in the fight against all terrorist organisations", "Turkish Ministry of Defence", None),
        ("We thought those days were behind us,", "Umm Khaled", None),
    ],
    stances=[st("Islamic State", "assessed", "Interior Ministry"),
             st(None, "unattributed", None)],
    incidents=[inc("2038-10-11", "day", "vegetable market, al-Bab", "Aleppo", "Syria", "ied", "impact")],
    checks=[("on Monday evening", "2038-10-11")],
    note="Al Jazeera English: headline, standfirst, 'By Hadi Khalil', 'Published On 13 Oct 2038', dateline "
         "'Al-Bab, Syria –', curly marks, British spelling, 'ISIL (ISIS)'. A car bomb in al-Bab's vegetable market "
         "'on Monday evening', nine killed, more than 30 wounded: ied (a vehicle bomb), impact, Aleppo governorate. "
         "The grocer (named with an appositive role after his first quote) names nobody. 'Syria's Interior Ministry "
         "said on Tuesday that the bomb had been planted by \"a cell belonging to the ISIL terrorist organisation\"' "
         "and that two suspects were arrested: firm, from a ministry: assessed Islamic State (canonical for ISIL), "
         "asserted by the Interior Ministry (speaker without the possessive); its spokesman's quote split by "
         "'Barakat said' adds no pair. 'No group has claimed responsibility for the attack ... has not commented': "
         "the unattributed pair (beside the assessment), no stance for the group's silence. The researcher's 'If "
         "this was them' is conditional: no stance (judgement call); the analysts' 'if confirmed as ISIL's work' "
         "likewise. The Turkish Ministry of Defence (named with its adjective, not a possessive) condemns without "
         "naming anyone. ISIL holding al-Bab until 2017, the 2022 explosion and Umm Khaled's husband killed years "
         "earlier: history, no incident. Funerals 'on Tuesday': no incident.",
)

write_corpus(D, A)
