"""Hand annotations of the twentieth held-out corpus (tests/corpus_heldout20).

Written blind, from scratch, by someone who had not seen the extractor's code (db/), the app (tui/), its
scripts, benchmarks or tests, or the texts and annotations of any earlier corpus, and annotated without running
the extractor, `threatdesk`, `threatdesk import` or any script but this one. Same format and checks as
tests/corpus_heldout12/annotate.py (shared in tests/corpus_tools.py): each quote is the exact text typed by
hand; its offsets come from str.find on the .txt (each must occur once, sit right after an opening mark and end
at a closing mark or at the end of its paragraph).
Run `python tests/corpus_heldout20/annotate.py` to rewrite the .json files after editing an annotation.

The conventions below are copied unchanged from tests/corpus_heldout12/annotate.py and followed here.

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

New situations in this corpus: outlets and formats (The New York Times with a summary line and 'Reporting from',
CNN with '(CNN) —', Bloomberg with '(Bloomberg) --', Kurdistan24 with 'ERBIL (Kurdistan24) –', Shafaq News with
'Shafaq News/', Arab News with 'ADEN:', Middle East Eye with 'Published date:', Stars and Stripes with a
'WASHINGTON —' dateline, Voice of America with the dateline on its own line, Xinhua with 'BAGHDAD, Oct. 30
(Xinhua) --'). Situations: a front group's claim with hedged US suspicion of Kataib Hezbollah; an umbrella's
claim with an unnamed official's firm attribution to a member group; a Houthi claim with a military command's
firm attribution; an unclaimed drone with an analyst's hedged suspicion on the record; an unclaimed IED with a
source's hedged suspicion and the group's earlier claim via Amaq; a ministry spokesman's firm blame with the
group silent; two competing claims with a state's firm blame on a third party and that party's denial; an
unclaimed intercepted rocket attack beside last week's claimed indirect fire; an unclaimed bomb with a named
MP's denial; a security cell's firm blame while no group has claimed. All articles, people and incidents are
fictional; some background paragraphs mention real past events.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["s01_nyt_ain_al_asad_rockets"] = dict(
    published_on="2041-01-15",  # Tuesday
    meta=dict(outlet="The New York Times", dateline=None,
              headline="Rockets Hit Iraqi Base Housing U.S. Troops, and a Little-Known Group Claims the Attack"),
    quotes=[
        ("the nest of the American occupation in Anbar.", "Saraya Rijal al-Haqq", None),
        ("It’s very likely them, or people working for them,", "American official", None),
        ("There were no injuries, and the damage was limited,", "Brian Keller", "spokesman for the coalition"),
        ("These attacks serve no one but those who want to drag Iraq back into chaos,", "Yahya al-Zubaidi", "spokesman for the commander in chief of the Iraqi armed forces"),
        ("The perpetrators will be pursued and handed over to the judiciary.", "Yahya al-Zubaidi", "spokesman for the commander in chief of the Iraqi armed forces"),
        ("Every new name gives the big factions deniability,", "Karim Aziz", "senior fellow at the Levant Institute in Washington"),
        ("It lets them tell the government in Baghdad that they are keeping their side of the bargain, while the rockets keep coming.", "Karim Aziz", "senior fellow at the Levant Institute in Washington"),
        ("The question for Washington is whether it keeps treating these as separate groups, or answers the organization it believes is behind them.", "Karim Aziz", "senior fellow at the Levant Institute in Washington"),
    ],
    stances=[st("Saraya Rijal al-Haqq", "claimed", "Saraya Rijal al-Haqq"),
             st("Kataib Hezbollah", "suspected", "American officials, via The New York Times"),
             st(None, "unattributed", None)],
    incidents=[inc("2041-01-13", "day", "Ain al-Asad Air Base", "Anbar", "Iraq", "rocket", "impact"),
               inc("2041-01-01", "month", "Ain al-Asad Air Base, western perimeter", "Anbar", "Iraq", "drone", "intercepted")],
    checks=[("late Sunday", "2041-01-13")],
    note="The New York Times web story: headline, summary line, two-name byline with 'Reporting from Baghdad and "
         "Washington' (the reporters' bases, not a dateline), 'Jan. 15, 2041', curly marks, courtesy titles "
         "('Mr. Aziz', 'General al-Zubaidi'). At least five rockets on Ain al-Asad 'late Sunday', a hangar and two "
         "vehicles damaged, no injuries: rocket, impact, Anbar; the launcher near Baghdadi 'with one rocket still in "
         "its tube' belongs to the attack (convention). 'a group calling itself Saraya Rijal al-Haqq ... said on "
         "Telegram that it had fired the rockets' with a partial quote (period inside the mark): claimed, named as "
         "the text gives it. 'Two American officials ... said they believed the name was a cover for Kataib "
         "Hezbollah' and the single official's 'It’s very likely them': hedged ('believed', 'very likely'), "
         "suspected KH via The New York Times (the asserter is the pair of officials, the quote's speaker the one "
         "who spoke; judgement call). The summary line repeats that suspicion: no further pair. 'did not respond to "
         "a request for comment' and 'Iran-backed': no stance. The coalition spokesman (quote, then 'said Col. ..., "
         "a spokesman for the coalition'; rank dropped) declines to name anyone: no pair, the attack being claimed. "
         "The Iraqi general's two quotes split by 'General al-Zubaidi said in a statement' name nobody. Iran's "
         "January 2020 missiles on the base after Suleimani's killing: history, no stance, no incident. 'Earlier "
         "this month, a drone carrying explosives was shot down near the base’s western perimeter. No group claimed "
         "responsibility for that attack': drone, intercepted, 2041-01-01 precision month, and the unattributed "
         "pair. The analyst: a quote, 'Mr. Aziz said', a second quote left open at the paragraph's end, then a "
         "third paragraph opening with a mark (three quotes, surname back-reference to his first full naming).",
)
A["s02_cnn_jordan_outpost_drone"] = dict(
    published_on="2041-02-06",  # Wednesday
    meta=dict(outlet="CNN", dateline=None,
              headline="Three US service members wounded in drone attack on outpost in Jordan"),
    quotes=[
        ("The base's air defenses were engaged, but the drone came in low and fast, at the same time as a US drone was returning to the base,", "Dana Whitfield", "Pentagon press secretary"),
        ("We are looking very closely at why it was not stopped.", "Dana Whitfield", "Pentagon press secretary"),
        ("the crimes of the occupation in the region.", "Islamic Resistance in Iraq", None),
        ("This was Kataib Hezbollah, start to finish. They built it, they launched it, and the umbrella put out the statement,", "US defense official", None),
        ("will not allow anyone to turn its territory into a battlefield for the conflicts of others.", "Omar Khasawneh", "government spokesman"),
        ("has a full range of options", "Dana Whitfield", "Pentagon press secretary"),
        ("we will respond at a time and place of our choosing.", "Dana Whitfield", "Pentagon press secretary"),
        ("Our service members are sitting ducks on these small outposts,", "Alan Brewer", "Republican member of the House Armed Services Committee"),
        ("Either we give them the protection they need, or we bring them home.", "Alan Brewer", "Republican member of the House Armed Services Committee"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "assessed", "US defense official, via CNN")],
    incidents=[inc("2041-02-04", "day", "Tower 9, US outpost in northeastern Jordan", "Mafraq", "Jordan", "drone", "impact")],
    checks=[("on Monday", "2041-02-04")],
    note="CNN web story: headline, 'By ..., CNN', 'Updated 8:42 PM EST, Wed February 6, 2041', '(CNN) —' opening "
         "the body (no place dateline), straight marks, surnames without titles, a closing contributor line. A "
         "one-way drone hit a housing unit at the outpost 'on Monday', 'shortly before dawn', three wounded: drone, "
         "impact; admin1 Mafraq from geography (the tri-border area; judgement call). The press secretary 'told "
         "reporters at a briefing Tuesday' (the briefing, no incident); her two quotes split by 'Whitfield said' "
         "name nobody, as do her later partial quotes ('has a full range of options' and 'we will respond ...', "
         "period inside the mark). The Islamic Resistance in Iraq, 'an umbrella group of Iran-backed militias' "
         "(sponsor, no stance), 'said in a statement on Telegram that it had attacked the outpost' with a partial "
         "quote: claimed IRI. 'a US defense official told CNN that the drone had been launched by Kataib Hezbollah' "
         "and 'This was Kataib Hezbollah, start to finish': firm, unhedged, from a government source: assessed KH "
         "via CNN. The 2009 terrorist designation and 'did not respond to CNN's request for comment': no stance. "
         "Jordan's government spokesman (speaker without the possessive) names nobody. The January 2024 Tower 22 "
         "attack that 'The Biden administration blamed ... on the Islamic Resistance in Iraq': history, no stance, "
         "no incident. The congressman (named with party and committee, quote split by 'Brewer said') names nobody.",
)
A["s03_bloomberg_red_sea_tanker"] = dict(
    published_on="2041-03-12",  # Tuesday
    meta=dict(outlet="Bloomberg", dateline=None,
              headline="Houthis Say They Hit Tanker in Red Sea, Reviving Shipping Risk"),
    quotes=[
        ("All crew members are safe and accounted for, and the damage is limited to the deck area,", "Helion Tankers", None),
        ("with a number of appropriate naval missiles", "Abdulkarim al-Hadi", "Houthi military spokesman"),
        ("The operations will continue until the aggression stops and the siege is lifted,", "Abdulkarim al-Hadi", "Houthi military spokesman"),
        ("reckless and a threat to international navigation.", "US Central Command", None),
        ("The market had started to price the Red Sea as a solved problem, and that was always optimistic,", "Kirsten Moller", "head of shipping research at Baltic Analytics in Copenhagen"),
        ("One hit on a laden crude tanker is enough to send owners back around the Cape of Good Hope.", "Kirsten Moller", "head of shipping research at Baltic Analytics in Copenhagen"),
    ],
    stances=[st("Houthis", "claimed", "Abdulkarim al-Hadi"),
             st("Houthis", "assessed", "US Central Command")],
    incidents=[inc("2041-03-11", "day", "southern Red Sea, about 60 nautical miles west of Hodeidah", None, None, "missile", "impact"),
               inc("2041-03-05", "week", "Gulf of Aden", None, None, "drone", "intercepted")],
    checks=[("on Monday evening", "2041-03-11")],
    note="Bloomberg: headline, two-name byline, 'March 12, 2041 at 9:14 AM UTC', '(Bloomberg) --' opening the body "
         "(no place dateline), straight marks, '1.8%', a closing '--With assistance from'. The Arcadia Spirit "
         "'struck by a projectile about 60 nautical miles west of ... Hodeidah on Monday evening', a small fire, "
         "crew unharmed; Central Command's account of two anti-ship ballistic missiles, one hitting and one falling "
         "into the sea: one incident, missile, impact, at sea (no admin1 or country). The ship manager's emailed "
         "statement is a quote of the company (speaker 'Helion Tankers'). The Houthi military spokesman's speech "
         "'late Monday' (no incident of its own): a partial quote and a full one, claimed Houthis asserted by him. "
         "'US Central Command said in a post on X that the Houthis launched two anti-ship ballistic missiles from "
         "Yemen' and 'reckless ...': firm, from a military command: assessed Houthis. 'Last week, the Houthis also "
         "said they had attacked a bulk carrier in the Gulf of Aden with a drone. A US destroyer shot that drone "
         "down': drone, intercepted, precision week, at sea, under the same claimed pair. 'from 0.3% last week' "
         "(insurance) and Tuesday's oil price: no incident. The analyst (quote, 'said ...', quote) names nobody. "
         "'The Iran-backed Houthis' and their 2023-2025 attacks on shipping: sponsor and history, no stance, no "
         "incident.",
)
A["s04_kurdistan24_erbil_airport_drone"] = dict(
    published_on="2041-04-03",  # Wednesday
    meta=dict(outlet="Kurdistan24", dateline="ERBIL",
              headline="Explosive-laden drone shot down near Erbil International Airport"),
    quotes=[
        ("At 11:40 pm on Tuesday, a drone loaded with explosives approached Erbil International Airport and was brought down by the air defense system of the international coalition before reaching its target,", "Counter-Terrorism Directorate", None),
        ("cowardly act", "Kawa Muhammad Amin", "Kurdistan Region Government (KRG) spokesperson"),
        ("outlaw groups", "Kawa Muhammad Amin", "Kurdistan Region Government (KRG) spokesperson"),
        ("These repeated attacks target the security of the Kurdistan Region and its economy, and the federal government bears a responsibility to stop them,", "Kawa Muhammad Amin", "Kurdistan Region Government (KRG) spokesperson"),
        ("We call on Baghdad to reveal the results of its investigations and to hold those responsible accountable.", "Kawa Muhammad Amin", "Kurdistan Region Government (KRG) spokesperson"),
        ("The type of drone and the direction it came from point to the same groups that have carried out such attacks before,", "Hemin Rashid", "security expert based in Erbil"),
        ("Until Baghdad brings these groups under the authority of the state, the people of the Kurdistan Region will continue to pay the price.", "Hemin Rashid", "security expert based in Erbil"),
        ("stands with the Kurdistan Region against these attacks on its security.", "Rachel Tamsin", "US Consul General in Erbil"),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Sayyid al-Shuhada", "suspected", "Hemin Rashid")],
    incidents=[inc("2041-04-02", "day", "Erbil International Airport", "Erbil", "Iraq", "drone", "intercepted"),
               inc("2041-03-27", "week", "Khor Mor gas field", "Sulaimani", "Iraq", "drone", "impact")],
    checks=[("late on Tuesday", "2041-04-02")],
    note="Kurdistan24 English: headline, 'Kurdistan24' and '2041-04-03 11:23', dateline 'ERBIL (Kurdistan24) –' "
         "(the place only), straight marks, 'the Region'. An explosive drone shot down near Erbil airport 'late on "
         "Tuesday' (the statement's 'At 11:40 pm on Tuesday'), no casualties or damage: drone, intercepted, Erbil. "
         "The CTD statement (speaker without 'the Kurdistan Region's'). 'No group has so far claimed responsibility "
         "for the attack': the unattributed pair. The KRG spokesperson (role before the name, as the text gives it) "
         "speaks of 'outlaw groups' (two one-phrase quotes) and 'the federal government bears a responsibility': "
         "no named actor, no stance. 'Hemin Rashid, a security expert ... told Kurdistan24 that the drone was most "
         "likely launched by Kataib Sayyid al-Shuhada, an armed faction within the Popular Mobilization Forces': "
         "hedged, suspected KSS asserted by the analyst on the record (membership in the PMF: no stance); his two "
         "quotes ('Rashid said', then 'He added,' with a pronoun) name nobody. 'Last week, a drone struck a storage "
         "facility at the Khor Mor gas field in Sulaimani province, causing a fire ... No side claimed that attack "
         "either': drone, impact, precision week, under the same unattributed pair. The February 2021 rocket "
         "attack on Erbil airport and the IRGC's January 2024 missiles on Erbil: history, no stance, no incident. "
         "The US consul general's partial quote from X names nobody.",
)
A["s05_shafaq_diyala_ied"] = dict(
    published_on="2041-05-21",  # Tuesday
    meta=dict(outlet="Shafaq News", dateline=None,
              headline="Two Iraqi soldiers killed in IED blast northeast of Baqubah"),
    quotes=[
        ("The wounded soldier was taken to Baqubah General Hospital and his condition is stable,", "security source", None),
        ("The area has seen ISIS movement in recent weeks, and we believe a small cell planted the device and withdrew toward the Hamrin hills,", "security source", None),
        ("will continue to pursue the terrorist gangs wherever they are,", "Diyala Operations Command", None),
        ("The orchards and the rugged areas between Diyala and Salah al-Din are still a refuge for terrorists,", "Turki al-Ameri", "member of the Diyala Provincial Council"),
        ("The forces there lack thermal cameras and drones, and every month we bury new martyrs because of that.", "Turki al-Ameri", "member of the Diyala Provincial Council"),
    ],
    stances=[st("Islamic State", "suspected", "security source, via Shafaq News"),
             st(None, "unattributed", None),
             st("Islamic State", "claimed", "Islamic State, via Amaq")],
    incidents=[inc("2041-05-20", "day", "agricultural road near Abu Karma village, northeast of Baqubah", "Diyala", "Iraq", "ied", "impact"),
               inc("2041-05-01", "month", "village in Khanaqin district", "Diyala", "Iraq", "mortar", "impact")],
    checks=[("late Monday", "2041-05-20")],
    note="Shafaq News English: headline, '2041-05-21 09:47', no place dateline, the body opening 'Shafaq News/', "
         "an unnamed 'security source', straight marks, 'martyrs'. An IED hit an army patrol near Abu Karma 'late "
         "Monday', two killed and one wounded: ied, impact, Diyala. The source's two quotes ('the source said', "
         "then 'he added' with a pronoun). 'According to the source, initial indications suggest that ISIS remnants "
         "planted the device' and 'we believe a small cell planted the device': hedged, suspected Islamic State "
         "(canonical for 'ISIS') via Shafaq News, the outlet that heard the source. 'No party has claimed "
         "responsibility for the attack so far': the unattributed pair beside the suspicion. The Diyala Operations "
         "Command's partial quote of 'the terrorist gangs', 'without naming those behind the blast': no stance. The "
         "council member (apposition, then 'al-Ameri told Shafaq News' between two quotes) names nobody. 'Earlier "
         "this month, ISIS claimed responsibility, through its Amaq agency, for a mortar attack on a village in the "
         "Khanaqin district': mortar, impact (three civilians wounded), 2041-05-01 precision month, Diyala; claimed "
         "Islamic State via Amaq. ISIS seizing territory in 2014 and Iraq's 2017 victory: history, no incident.",
)
A["s06_arabnews_shabwa_oil_terminal"] = dict(
    published_on="2041-06-11",  # Tuesday
    meta=dict(outlet="Arab News", dateline="ADEN",
              headline="Yemen government blames Houthis for drone attack on Shabwa oil terminal"),
    quotes=[
        ("The Houthi militia launched these drones to strike the economy of the Yemeni people and to deprive them of their resources,", "Yahya Al-Humairi", "ministry's spokesman"),
        ("This is a terrorist act in every sense of the word, and the militia bears full responsibility for its consequences.", "Yahya Al-Humairi", "ministry's spokesman"),
        ("looting", "Houthis", None),
        ("stands by the brotherly Yemeni people and their legitimate government against all that threatens their security and stability.", "Ministry of Foreign Affairs", None),
        ("Every barrel that does not leave the terminal is a salary that is not paid,", "Fuad Ba-Hamid", "economist at the University of Aden"),
        ("The government depends on oil for most of its revenue, and the Houthis know that very well. With one drone they can freeze months of negotiations with buyers.", "Fuad Ba-Hamid", "economist at the University of Aden"),
    ],
    stances=[st("Houthis", "assessed", "Yahya Al-Humairi")],
    incidents=[inc("2041-06-09", "day", "Al-Nashima oil terminal", "Shabwa", "Yemen", "drone", "impact"),
               inc("2041-06-01", "month", "Al-Nashima oil terminal", "Shabwa", "Yemen", "drone", "intercepted")],
    checks=[("on Sunday", "2041-06-09")],
    note="Arab News: headline, 'ARAB NEWS', 'Updated 11 June 2041', dateline 'ADEN:' opening the body, straight "
         "marks, 'the Kingdom', 'Houthi militia'. Two drones at the Al-Nashima terminal 'on Sunday', one shot down, "
         "the other hit a storage tank and set it on fire, no one hurt: one incident, drone, impact "
         "(interceptor-miss convention), Shabwa. The government 'on Monday accused the Houthi militia' (the day of "
         "the accusation, no incident) and the ministry spokesman 'told Arab News that the drones had been launched "
         "by the Houthis' with two quotes split by 'Al-Humairi said': firm, from a defence ministry: assessed "
         "Houthis, asserted by him (rank dropped; role as the text gives it). 'He said the coast guard had "
         "intercepted an explosive-laden boat sent by the militia toward the same terminal earlier this month': "
         "drone (explosive-boat convention), intercepted, 2041-06-01 precision month, under the same assessed pair. "
         "'The Houthis did not comment': no stance; their past threats with the one-word quote 'looting' are a "
         "statement of the group (canonical speaker), no stance. Saudi Arabia's Ministry of Foreign Affairs "
         "(without the possessive) names nobody. The Houthis' October 2022 claimed drone attacks on Al-Dhabba and "
         "Al-Nashima: history, no stance, no incident. The economist's quote then 'he said', and a second "
         "paragraph wholly in marks (two quotes). The residents' 'shortly before dawn on Sunday' repeats the date.",
)
A["s07_mee_zilkan_base_rockets"] = dict(
    published_on="2041-07-09",  # Tuesday
    meta=dict(outlet="Middle East Eye", dateline=None,
              headline="Iraq: Two groups claim rocket attack on Turkish base as Ankara blames PKK"),
    quotes=[
        ("the Turkish occupation forces on the soil of Iraq", "Saraya Ghadab al-Mazloumin", None),
        ("theft of the efforts of the mujahideen", "Ahrar Nineveh", None),
        ("The attack on our base was carried out by the separatist terrorist organisation. Those responsible have been identified and the necessary response has been given,", "Ministry of National Defence", None),
        ("We have no forces in that area and we had nothing to do with this attack,", "PKK official", None),
        ("These names appear and disappear within weeks,", "Iraqi security official", None),
        ("Whoever fired the rockets, they want the Turks to look at the PKK, and the PKK to look at the factions.", "Iraqi security official", None),
        ("rejects any attack launched from Iraqi territory", "Iraqi foreign ministry", None),
        ("People here are tired,", "Nawzad Elias", "Bashiqa’s mayor"),
        ("Every time there is an attack on the base, we are the ones who wait for the answer.", "Nawzad Elias", "Bashiqa’s mayor"),
    ],
    stances=[st("Saraya Ghadab al-Mazloumin", "claimed", "Saraya Ghadab al-Mazloumin"),
             st("Ahrar Nineveh", "claimed", "Ahrar Nineveh"),
             st("Kurdistan Workers’ Party", "assessed", "Ministry of National Defence"),
             st("Kurdistan Workers’ Party", "denied", "PKK official, via Firat News Agency")],
    incidents=[inc("2041-07-06", "day", "Zilkan base near Bashiqa", "Nineveh", "Iraq", "rocket", "impact")],
    checks=[("on Saturday night", "2041-07-06")],
    note="Middle East Eye: headline with 'Iraq:' prefix, standfirst, 'By ... in Erbil, Iraq' (the reporter's base, "
         "not a dateline), 'Published date: 9 July 2041 13:05 BST', curly marks, British spelling, 'MEE'. At least "
         "three rockets at the Zilkan base 'on Saturday night', two inside, one soldier lightly wounded: rocket, "
         "impact, Nineveh. Competing claims: 'a previously unknown group calling itself Saraya Ghadab al-Mazloumin' "
         "on Telegram (partial quote, full stop outside the mark) and 'On Sunday afternoon a second group, Ahrar "
         "Nineveh, issued its own statement claiming the same attack' (the claim's day, no incident): two claimed "
         "pairs, each named as in the text. 'The Turkish defence ministry said on Monday that its investigation had "
         "established that the rockets were fired by the PKK' and its statement blaming 'the separatist terrorist "
         "organisation': firm, from a ministry: assessed, the actor named as the text first gives it in full "
         "('Kurdistan Workers’ Party', curly apostrophe as typed), asserted by 'Turkey’s Ministry of National "
         "Defence' (without the possessive). 'the necessary response has been given' is a state's retaliation: no "
         "incident. 'A PKK official, speaking to the Firat News Agency' rejecting the accusation: denied, asserted "
         "by the bare role via the agency that heard him. The unnamed Iraqi security official doubting either group "
         "exists (two quotes split by 'said the official, who ...') attributes nothing: no stance. The April 2021 "
         "Zilkan rocket attack 'which Ankara blamed on the PKK' and the 1984 insurgency: history, no stance, no "
         "incident. The Iraqi foreign ministry's partial quote 'on Tuesday': no stance. The mayor (role as the text "
         "gives it, 'Bashiqa’s mayor'; quote split by 'he told MEE') names nobody.",
)
A["s08_stripes_union_iii_rockets"] = dict(
    published_on="2041-08-14",  # Wednesday
    meta=dict(outlet="Stars and Stripes", dateline="WASHINGTON",
              headline="Rockets fired at Baghdad compound housing US troops, second attack in a week"),
    quotes=[
        ("All three rockets were engaged and destroyed by the Counter-Rocket, Artillery and Mortar system,", "Matthew Rourke", "spokesman for Combined Joint Task Force-Operation Inherent Resolve"),
        ("Coalition forces remain ready to defend themselves, and we are working with our Iraqi partners to find those responsible.", "Matthew Rourke", "spokesman for Combined Joint Task Force-Operation Inherent Resolve"),
        ("the occupation forces that remain on the land of Iraq.", "Islamic Resistance in Iraq", None),
        ("aware of the reports", "Sabrina Cole", "Pentagon deputy press secretary"),
        ("We're not going to let a handful of rockets dictate our posture,", "senior defense official", None),
        ("But nobody is under any illusion about where these weapons come from.", "senior defense official", None),
        ("Iran arms these groups and Iran can tell them to stop.", "senior defense official", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq")],
    incidents=[inc("2041-08-13", "day", "Union III, International Zone", "Baghdad", "Iraq", "rocket", "intercepted"),
               inc("2041-08-07", "week", "Victory Base Complex near Baghdad International Airport", "Baghdad", "Iraq", "indirect-fire", "impact")],
    checks=[("early Tuesday", "2041-08-13")],
    note="Stars and Stripes: headline, 'By ...', 'Stars and Stripes • August 14, 2041', dateline 'WASHINGTON —' "
         "(the reporter's base; the attack is in Baghdad), straight marks, military ranks, a closing e-mail line. "
         "Three rockets at Union III 'early Tuesday', all destroyed by C-RAM, no injuries or damage: rocket, "
         "intercepted, Baghdad. The task force spokesman (rank dropped; quote split by 'Rourke said'). 'No group "
         "had claimed responsibility as of Tuesday evening, and Rourke did not say who the coalition believed had "
         "fired the rockets': the unattributed pair. The Security Media Cell's launch site in Zafaraniya names "
         "nobody. 'Last week, an indirect fire attack struck an empty storage yard at Victory Base Complex ... "
         "causing no casualties': weapon unspecified, so indirect-fire; it struck the yard, so impact; precision "
         "week; 'The Islamic Resistance in Iraq, an umbrella of Iran-aligned militia groups, claimed that attack in "
         "a statement on Telegram' (partial quote): claimed IRI (sponsor: no stance). The deputy press secretary's "
         "partial quote: no stance. The senior defense official: a quote, 'the official said', a second quote left "
         "open at the paragraph's end, a third paragraph in marks; 'where these weapons come from' and 'Iran arms "
         "these groups' are sponsorship, no stance for Iran. The 2023-2024 surge of attacks and Kataib Hezbollah's "
         "January 2024 suspension after the Jordan drone strike: history, no stance, no incident.",
)
A["s09_voa_lebanon_army_roadside_bomb"] = dict(
    published_on="2041-09-24",  # Tuesday
    meta=dict(outlet="Voice of America", dateline="BEIRUT",
              headline="Roadside Bomb Wounds 3 Lebanese Soldiers in Country's South"),
    quotes=[
        ("Three soldiers sustained injuries and were taken to a hospital in Tyre, and their condition is stable,", "Lebanese Army Command", None),
        ("The army will not allow anyone to tamper with the security of the south.", "Lebanese Army Command", None),
        ("nothing to do with this criminal act.", "Hassan Moussawi", "Hezbollah member of parliament"),
        ("The resistance stands with the army, and whoever planted this bomb wants to sow discord between the army and the people of the south,", "Hassan Moussawi", "Hezbollah member of parliament"),
        ("moving quickly", "Georges Haddad", "Defense Minister"),
        ("the perpetrators will not escape punishment, whoever they are.", "Georges Haddad", "Defense Minister"),
        ("The army has staked its credibility on being able to secure the south on its own,", "Nadine Sarkis", "political analyst in Beirut"),
        ("If it cannot protect its own patrols, the question of who really controls these villages will come back very quickly.", "Nadine Sarkis", "political analyst in Beirut"),
    ],
    stances=[st(None, "unattributed", None),
             st("Hezbollah", "denied", "Hassan Moussawi")],
    incidents=[inc("2041-09-22", "day", "road near Jwaya, east of Tyre", "South Governorate", "Lebanon", "ied", "impact")],
    checks=[("on Sunday", "2041-09-22")],
    note="Voice of America: headline, 'September 24, 2041 10:18 AM', 'By ...', the dateline 'BEIRUT —' on a line of "
         "its own, straight marks, 'U.N.', a closing agency credit line. A roadside bomb hidden in rubble struck an "
         "army patrol near Jwaya 'on Sunday', three soldiers wounded: ied, impact, South Governorate (Tyre "
         "district; judgement call for admin1). The army's statement (speaker 'Lebanese Army Command' as the text "
         "first gives it in full; two quotes split by 'the statement said'). 'No group has claimed responsibility "
         "for the attack, and the army did not say who it believed was behind it': the unattributed pair. "
         "Hezbollah, 'the Iran-backed armed group' (sponsor: no stance), 'denied any link to the bombing' through an "
         "MP who 'told VOA the group had \"nothing to do with this criminal act.\"' and then a full quote (surname "
         "back-reference): denied Hezbollah, asserted by the named MP. The defence minister's two partial quotes "
         "'on Monday' (the hospital visit, no incident) name nobody. The November 2024 cease-fire, UNIFIL's end and "
         "the army's removal of depots: history, no incident. The analyst (quote, 'she said', quote) names nobody.",
)
A["s10_xinhua_kirkuk_roadside_bomb"] = dict(
    published_on="2041-10-30",  # Wednesday
    meta=dict(outlet="Xinhua", dateline="BAGHDAD",
              headline="2 Iraqi soldiers killed in roadside bomb attack in Kirkuk"),
    quotes=[
        ("remnants of the terrorist Daesh gangs,", "Security Media Cell", None),
        ("The heroes of our armed forces will continue to chase the remnants of terrorism in their hideouts and will not allow them to threaten the security of citizens,", "Security Media Cell", None),
        ("will not weaken the resolve of our forces,", "Hassan Khalil al-Obeidi", "governor of Kirkuk"),
    ],
    stances=[st("Islamic State", "assessed", "Security Media Cell"),
             st(None, "unattributed", None)],
    incidents=[inc("2041-10-29", "day", "near Zghaytun village, Wadi al-Shay area, south of Kirkuk", "Kirkuk", "Iraq", "ied", "impact"),
               inc("2041-10-21", "day", "farmland near a village in Daquq district", "Kirkuk", "Iraq", "mortar", "impact")],
    checks=[("on Tuesday night", "2041-10-29")],
    note="Xinhua English: headline with a numeral, 'Source: Xinhua', 'Editor: huaxia', '2041-10-30 19:22:05', "
         "dateline 'BAGHDAD, Oct. 30 (Xinhua) --' (the place only), straight marks, the agency's stock background "
         "paragraphs on IS remnants. A roadside bomb hit an army patrol near Zghaytun 'on Tuesday night', two "
         "killed and three wounded: ied, impact, Kirkuk. The Security Media Cell's statement 'said the bomb was "
         "planted by \"remnants of the terrorist Daesh gangs,\" referring to the Islamic State (IS)': firm, from the "
         "military: assessed Islamic State (canonical), asserted by the Cell. The anonymous police officer says "
         "nothing quoted. 'No group has claimed responsibility for the attack yet': the unattributed pair (beside "
         "the assessment). 'On Oct. 21, several mortar rounds landed on farmland ... wounding a farmer ... The "
         "Security Media Cell did not name the perpetrators of that attack': mortar, impact, day precision, under "
         "the same unattributed pair (a source that named nobody). Wadi al-Shay as an IS hideout, the 2017 defeat "
         "and coalition operations: background, no stance. The governor's partial quote 'local media reported' "
         "names nobody. The arrests 'earlier this week': no incident.",
)

write_corpus(D, A)
