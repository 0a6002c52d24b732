"""Hand annotations of the fourth held-out corpus (tests/corpus_heldout4).

Written from scratch by someone who had not seen the extractor's code, its development corpus texts
or its scores, and annotated without running the extractor or scripts/eval_extract.py. Same format
and checks as tests/corpus_heldout3/annotate.py (shared in tests/corpus_tools.py): each quote is the
exact text typed by hand; its offsets come from str.find on the .txt (each must occur once, sit right
after an opening mark and end at a closing mark or at the end of its paragraph). Marks that are
deliberately not quotes are listed in not_quotes and checked the same way.
Run `python tests/corpus_heldout4/annotate.py` to rewrite the .json files after editing an annotation.

Conventions (as in the earlier held-out corpora): speakers of statements by a group in the gazetteer
take the canonical gazetteer name; other speakers are named as in the text (a person's full name, a
bare role for unnamed sources). 'last week' is published_on minus 7 days with precision week; a
weekday is its most recent occurrence on or before published_on. Places at sea have no admin1 or
country. Two launches with one interceptor miss count as one incident with outcome impact; an
explosive boat counts as a drone. All articles, people and incidents are fictional.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from corpus_tools import inc, st, write_corpus  # noqa: E402

D = Path(__file__).resolve().parent


A = {}
A["q01_victory_base_rockets"] = dict(
    published_on="2025-10-15",  # Wednesday
    meta=dict(outlet="Reuters", dateline="BAGHDAD",
              headline="Rockets fired at Baghdad airport's Victory base, no claim of responsibility"),
    quotes=[
        ("Three rockets remained on the launcher and were made safe by the explosives teams,", "Joint Operations Command", None),
        ("It fits their pattern, the timing, the type of rocket, but we haven't closed the loop yet,", "U.S. official", None),
        ("These attacks target Iraq's reputation and the government's commitments, and those behind them will be held accountable whoever they are,", "Haidar al-Jubouri", "Government spokesman"),
        ("We heard the whistle first and then the guns, and everybody ran for the shelters,", "airport employee", None),
    ],
    stances=[st(None, "unattributed", None),
             st("Kataib Hezbollah", "suspected", "two U.S. officials, via Reuters")],
    incidents=[inc("2025-10-14", "day", "Victory Base Complex", "Baghdad", "Iraq", "rocket", "impact"),
               inc("2025-10-12", "day", "Abu Ghraib", "Baghdad", "Iraq", "rocket", "foiled")],
    checks=[("late on Tuesday", "2025-10-14"), ("on Sunday morning", "2025-10-12")],
    note="Reuters dateline 'BAGHDAD, Oct 15 (Reuters) -', headline on the first line. Two rockets shot down and one landed "
         "inside the airport perimeter: one incident, outcome impact. 'There was no immediate claim of responsibility': "
         "unattributed. Two US officials' 'likely the work of Kataib Hezbollah' and 'we haven't closed the loop yet': hedged, "
         "suspected (asserted by the officials via Reuters). KH 'did not respond' and 'has in the past denied involvement in "
         "some attacks': background, no denial for this attack. 'Iran, which backs several of the Iraqi factions': sponsor, no "
         "stance. The Abu Ghraib launcher found 'on Sunday morning' (unannounced at the time): foiled, no stance of its own. "
         "The JOC statement's quote is attributed with 'the statement said': speaker the command.",
)
A["q02_red_sea_tanker_missile"] = dict(
    published_on="2025-11-04",  # Tuesday
    meta=dict(outlet="AP", dateline="DUBAI, United Arab Emirates",
              headline="Yemen's Houthi rebels claim missile attack on tanker in Red Sea; US Navy says it shot missile down"),
    quotes=[
        ("violated the ban on entering the ports of occupied Palestine.", "Yahya Saree", "Houthi military spokesman"),
        ("hit the ship accurately,", "Yahya Saree", "Houthi military spokesman"),
        ("The Aegean Star reports no damage and no injuries, and continues its transit,", "Central Command", None),
        ("The master reported a flash on the horizon and the warship's guns, and nothing more,", "Kostis Maritime", None),
        ("One missile that misses still costs the whole industry money, because every owner now has to decide whether Suez is worth it,", "Karim Haddad", "Athens-based maritime security consultant"),
    ],
    stances=[st("Houthis", "claimed", "Yahya Saree"),
             st(None, "unattributed", None)],
    incidents=[inc("2025-11-03", "day", "southern Red Sea", None, None, "missile", "intercepted"),
               inc("2025-11-02", "day", "Red Sea west of Mocha", None, None, "drone", "foiled")],
    checks=[("late Monday", "2025-11-03"), ("On Sunday", "2025-11-02")],
    note="AP dateline with an em dash; AP date style without 'on' ('claimed Tuesday', 'late Monday'). The Houthi claim is "
         "made on publication day for Monday's missile: the incident date is the launch. Central Command 'did not say who "
         "fired it': no assessed stance (only the Houthi claim). Saree's words are two fragments ending one with a full stop "
         "and one with a comma inside the marks. The ship manager's statement is spoken by the company. The Sunday explosive "
         "boat near Mocha ('No one claimed that attack'): unattributed, drone (explosive-boat convention), foiled (blew up "
         "300 m away after warning shots). 'Iran, which backs the Houthis, denies arming them': sponsor, no stance.",
)
A["q03_mayadin_roadside_bomb"] = dict(
    published_on="2025-12-09",  # Tuesday
    meta=dict(outlet="AFP", dateline="Deir Ezzor (Syria)", headline=None),
    quotes=[
        ("The terrorist Daesh cells are behind this cowardly attack, and our units have identified the network that planted the device,", "Ahmad al-Hassan", "interior ministry spokesman"),
        ("We heard the explosion and then shooting that went on for a quarter of an hour,", "shopkeeper", None),
        ("become more active since the summer", "Syrian Observatory for Human Rights", None),
        ("The security forces alone cannot watch every road, the people have to be their eyes,", "Khaled al-Aboud", "head of a local council in Mayadin"),
    ],
    not_quotes=["Wilayat al-Khayr"],
    stances=[st("Islamic State", "assessed", "Ahmad al-Hassan, Syrian interior ministry"),
             st(None, "unattributed", None)],
    incidents=[inc("2025-12-08", "day", "Mayadin", "Deir ez-Zor", "Syria", "ied", "impact"),
               inc("2025-12-07", "day", "Deir Ezzor city", "Deir ez-Zor", "Syria", "ied", "foiled")],
    checks=[("on Monday", "2025-12-08"), ("On Sunday", "2025-12-07")],
    note="AFP wire copy with no headline line, dateline 'Deir Ezzor (Syria) (AFP) -', trailer 'burs/tym/dv'. The interior "
         "ministry firmly blames 'Daesh cells' ('blaming jihadists of the Islamic State group'): assessed; 'No group has "
         "claimed responsibility': unattributed as well (no claim, but a firm assessment). The Observatory's 'become more "
         "active since the summer' is about IS cells in general: no stance. The Sunday device was defused 'without saying who "
         "had planted it': no stance. 'Wilayat al-Khayr' is IS's name for the province in marks (not_quotes). 'former regime "
         "loyalists' explicitly not linked; 'Iran-backed militias' are history: no stance.",
)
A["q04_khor_mor_drone"] = dict(
    published_on="2026-01-17",  # Saturday
    meta=dict(outlet="Xinhua", dateline="BAGHDAD",
              headline="Drone attack hits gas field in Iraq's Kurdistan region, halts production"),
    quotes=[
        ("This terrorist attack targets the economy of the Kurdistan region and the electricity of its citizens, and it will not go unpunished,", "Kurdistan region's Ministry of Interior", None),
        ("The drone flew in from the direction of the areas south of Chamchamal, and the investigation will determine who launched it,", "Iraqi security source", None),
    ],
    stances=[st(None, "unattributed", None)],
    incidents=[inc("2026-01-16", "day", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "impact"),
               inc("2026-01-14", "day", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "drone", "intercepted"),
               inc("2026-01-10", "week", "Khor Mor gas field", "Sulaymaniyah", "Iraq", "rocket", "impact")],
    checks=[("on Friday night", "2026-01-16"), ("On Wednesday", "2026-01-14")],
    note="Xinhua style: 'BAGHDAD, Jan. 17 (Xinhua) --', 'Enditem'. Three incidents at one field: Friday night's drone "
         "(impact), Wednesday's drone shot down by the field's air defences (intercepted), and 'Last week' a Katyusha that "
         "fell inside the perimeter (rocket, impact, precision week). 'Khormor' is a transliteration variant of Khor Mor. "
         "'No group has so far claimed responsibility ... the Iraqi authorities have not accused any party': unattributed. "
         "'early on Saturday' (the fire put out) is the publication day, not an incident. Sulaymaniyah is the province "
         "(Chamchamal district).",
)
A["q05_duhok_turkish_base_drone"] = dict(
    published_on="2026-02-18",  # Wednesday
    meta=dict(outlet="Anadolu", dateline="ANKARA",
              headline="Explosive-laden drone targeting Turkish base in northern Iraq shot down: Ministry"),
    quotes=[
        ("The drone, launched by the PKK terrorist organization from the Gara region, was detected early and neutralized by our air defense elements before it could reach the base,", "Cem Yalçınkaya", "the ministry's press and public relations adviser"),
        ("Our struggle against terrorism will continue with determination until the last terrorist is neutralized and the threat at our borders is eliminated,", "Cem Yalçınkaya", "the ministry's press and public relations adviser"),
        ("rendered ineffective", "Cem Yalçınkaya", "the ministry's press and public relations adviser"),
        ("We saw a light in the sky over the mountain and then a loud explosion, but nothing fell near the houses,", "Mahmud Sindi", "village headman near Kani Masi"),
    ],
    stances=[st("Kurdistan Workers' Party", "assessed", "Cem Yalçınkaya, Turkish National Defense Ministry")],
    incidents=[inc("2026-02-17", "day", "Kani Masi", "Duhok", "Iraq", "drone", "intercepted"),
               inc("2026-02-15", "day", "Batifa", "Duhok", "Iraq", "ied", "foiled")],
    checks=[("shot down on Tuesday", "2026-02-17"), ("On Sunday", "2026-02-15")],
    note="Anadolu style: headline, summary line, dateline 'ANKARA' on its own line, 'PKK terror group' throughout, "
         "closing boilerplate on the PKK's record. The ministry firmly says the drone was 'launched by the PKK terrorist "
         "organization' and the IED 'planted by the terror group': assessed (one pair for both incidents). The PKK does not "
         "speak in the article: no denial; its 2025 dissolution announcement is background. 'rendered ineffective' in marks is the "
         "ministry's own phrase (a quote, like 'neutralized' in heldout3 m08), though Anadolu explains it. 'said on Wednesday' is the "
         "publication day of the briefing.",
)
A["q06_jordan_drones_mafraq"] = dict(
    published_on="2026-03-12",  # Thursday
    meta=dict(outlet="Middle East Eye", dateline=None,
              headline="Jordan shoots down drones over northeast as Iraqi armed groups claim attack"),
    quotes=[
        ("for examination", "General Command of the Jordanian Armed Forces", None),
        ("a vital target in Umm al-Rashrash", "Islamic Resistance in Iraq", None),
        ("We have good reason to believe these came from Kataib Hezbollah positions near al-Qaim, but we are not making a formal accusation,", "Jordanian security official", None),
        ("has no connection to any drone that fell in Jordan", "Abu Mujahid al-Assaf", "spokesman for Kata'ib Hizbullah"),
        ("the brotherly kingdom", "Abu Mujahid al-Assaf", "spokesman for Kata'ib Hizbullah"),
        ("Jordan will not be an arena for settling scores, and the armed forces will deal firmly with anything that threatens the security of the kingdom,", "Ahmad al-Sarayreh", "Government spokesman"),
        ("Claiming under one name lets each faction hide behind the others, and it lets Baghdad say it does not know who did it,", "Tariq Nasser", "Amman-based security researcher"),
    ],
    stances=[st("Islamic Resistance in Iraq", "claimed", "Islamic Resistance in Iraq"),
             st("Kataib Hezbollah", "suspected", "Jordanian security official, via Middle East Eye"),
             st("Kataib Hezbollah", "denied", "Abu Mujahid al-Assaf"),
             st(None, "unattributed", None)],
    incidents=[inc("2026-03-12", "day", "Ruwaished", "Mafraq", "Jordan", "drone", "intercepted"),
               inc("2026-03-09", "day", "Safawi", "Mafraq", "Jordan", "drone", "impact")],
    checks=[("said on Thursday", "2026-03-12"), ("On Monday", "2026-03-09")],
    note="MEE style: no dateline, curly marks, a standfirst line under the headline, closing marks before full stops and "
         "commas for fragments. The drones were shot down 'early in the morning' of publication day (Thursday). The IRI "
         "umbrella claims drones at Eilat ('made no mention of Jordan'): claimed, matched to the Ruwaished interception. A "
         "Jordanian official 'believed' / 'good reason to believe ... not making a formal accusation': hedged, suspected KH; "
         "the KH spokesman (spelled Kata'ib Hizbullah, an alias) says it 'has no connection': denied. Monday's crash near "
         "Safawi ('no group claimed it'): unattributed. Iran 'funds and arms' the factions and 'has not commented': "
         "sponsor, no stance.",
)
A["q07_sarsang_oilfield_drones"] = dict(
    published_on="2026-04-21",  # Tuesday
    meta=dict(outlet="Rudaw", dateline="ERBIL, Kurdistan Region",
              headline="Drones hit Sarsang oil field in Duhok; KRG blames group within PMF"),
    quotes=[
        ("At 11:40 pm, two drones loaded with explosives struck a storage tank at the Sarsang field, which is operated by a foreign company, causing a fire that our teams brought under control.", "Kurdistan Region's interior ministry", None),
        ("These drones were launched by an outlaw group within the Popular Mobilization Forces from positions in the Nineveh Plains, and we have provided the federal government and the coalition with the coordinates of the launch site,", "Kurdistan Region's interior ministry", None),
        ("stop these groups that are out of the state's control.", "Kurdistan Region's interior ministry", None),
        ("The Hashd al-Shaabi is a state institution and it does not attack Iraqi land, whether in Erbil or in Basra,", "Karrar al-Shammari", "PMF spokesman"),
        ("serve those who want to sow division between the people of one country.", "Karrar al-Shammari", "PMF spokesman"),
        ("Every time there is an attack, Baghdad forms a committee, and the committee disappears,", "Nazdar Salih", "member of the Iraqi parliament from Duhok"),
    ],
    stances=[st("Popular Mobilization Forces", "assessed", "Kurdistan Region's interior ministry"),
             st("Popular Mobilization Forces", "denied", "Karrar al-Shammari")],
    incidents=[inc("2026-04-20", "day", "Sarsang oil field", "Duhok", "Iraq", "drone", "impact"),
               inc("2026-04-18", "day", "Khabat oil refinery", "Erbil", "Iraq", "drone", "intercepted")],
    checks=[("late Monday", "2026-04-20"), ("On Saturday", "2026-04-18")],
    note="Rudaw style: dateline 'ERBIL, Kurdistan Region -', 'Amedi (Amadiya)' and 'Hashd al-Shaabi (PMF)' variants. The "
         "KRG interior ministry's statement follows 'said in a statement:' as a two-paragraph quote (one quote per paragraph "
         "piece, the first left open at its paragraph end). Its firm 'launched by an outlaw group within the Popular "
         "Mobilization Forces' (with launch coordinates) is scored as assessed, actor the PMF (the only named organisation; "
         "judgement call: the sub-group is unnamed). The PMF spokesman 'rejected the accusation': denied. The Khabat drone "
         "('did not say who had launched it'): no stance. 2025 oil-field attacks 'without naming them': background.",
)
A["q08_thi_qar_convoy_ied"] = dict(
    published_on="2026-05-29",  # Friday
    meta=dict(outlet="Shafaq News", dateline=None,
              headline="Two armed factions claim IED attack on logistics convoy in Dhi Qar"),
    quotes=[
        ("The device was planted on the side of the road and detonated remotely as the third truck passed,", "security source", None),
        ("a terrorist act aimed at disrupting stability in the governorate.", "Dhi Qar Police Command", None),
        ("the logistics of the American occupation", "Saraya Qasim al-Jabbarin", None),
        ("our heroes in the south", "Ashab al-Kahf", None),
        ("The two names are used by the same networks, and the competing claims are meant to confuse the investigation and show that the resistance is present everywhere,", "Ali al-Baydar", "Security researcher"),
        ("but the convoys are an easy target because they move on public roads.", "Ali al-Baydar", "Security researcher"),
    ],
    stances=[st("Saraya Qasim al-Jabbarin", "claimed", "Saraya Qasim al-Jabbarin"),
             st("Ashab al-Kahf", "claimed", "Ashab al-Kahf"),
             st(None, "unattributed", None)],
    incidents=[inc("2026-05-28", "day", "highway north of al-Nasiriyah", "Dhi Qar", "Iraq", "ied", "impact"),
               inc("2026-05-27", "day", "road between al-Samawa and al-Khidhr", "Muthanna", "Iraq", "ied", "foiled")],
    checks=[("on Thursday evening", "2026-05-28"), ("On Wednesday", "2026-05-27")],
    note="Shafaq house style: outlet line, headline, body opening 'Shafaq News/'. Competing claims by two front groups "
         "under transliteration variants ('Saraya Qassim al-Jabbarin', 'Ashab al-Kahaf'; canonical names used): two claimed "
         "stances (contested at incident level). The analyst's 'same networks' is linkage, no stance. 'Early on Friday' is "
         "when the second claim was posted (publication day), not an incident. The Muthanna device ('No party claimed "
         "responsibility for that device'): unattributed, foiled. 'Dhi Qar' / 'Thi Qar' variants. The analyst's second "
         "quote starts lower-case with 'but' after 'added that ...'.",
)
A["q09_mocha_port_taiz_shelling"] = dict(
    published_on="2026-07-05",  # Sunday
    meta=dict(outlet="The New Arab", dateline=None,
              headline="Yemen government accuses Houthis of drone attack on Mocha port and deadly shelling in Taiz"),
    quotes=[
        ("The terrorist Houthi militia targeted Mocha port with an Iranian-made drone launched from areas under its control east of the city, in a new escalation that targets the livelihood of Yemenis,", "Saleh al-Qutaybi", "army spokesman"),
        ("The militia shelled the neighbourhood from its positions in al-Hawban with 120mm mortar rounds, while children were playing in the street,", "Saleh al-Qutaybi", "army spokesman"),
        ("Our forces did not fire any shell on residential neighbourhoods in Taiz, and the mercenaries are fabricating accusations to cover their own crimes,", "military source in Sanaa", None),
        ("He was playing in front of the house with his cousins. We heard the shell and then the screaming,", "Fuad Abdullah", "boy's uncle"),
        ("deeply concerned by the escalation around Taiz and the Red Sea coast", "Office of the UN Special Envoy for Yemen", None),
    ],
    stances=[st("Houthis", "assessed", "Saleh al-Qutaybi, Yemeni army"),
             st("Houthis", "denied", "military source in Sanaa, via Saba")],
    incidents=[inc("2026-07-04", "day", "Mocha port", "Taiz", "Yemen", "drone", "impact"),
               inc("2026-07-02", "day", "al-Rawdah, Taiz city", "Taiz", "Yemen", "mortar", "impact")],
    checks=[("on Saturday", "2026-07-04"), ("on Thursday", "2026-07-02")],
    note="The New Arab style: byline 'The New Arab Staff & Agencies', no dateline, curly marks, British spelling. The "
         "government army spokesman firmly blames the 'Houthi militia' for both the Mocha drone and the Taiz mortar fire: "
         "assessed (one pair). A Houthi 'military source in Sanaa' quoted by Saba denies the shelling only: denied (speaker "
         "the bare role; the Houthis 'made no comment on the Mocha attack': no stance). 'Iranian-made drone' and 'backed by "
         "Iran': sponsor, no stance. 'before noon on Friday' is the burial, not an incident. Mocha port is in Taiz province.",
)
A["q10_ali_al_salem_drones"] = dict(
    published_on="2026-08-19",  # Wednesday
    meta=dict(outlet="U.S. Central Command", dateline="TAMPA, Fla.",
              headline="U.S. and Kuwaiti Forces Intercept One-Way Attack Drones Targeting Ali Al Salem Air Base"),
    quotes=[
        ("Kata’ib Hizballah’s attack put the lives of U.S. and Kuwaiti service members at risk. Our air defenders performed exactly as they were trained to.", "Derek Hall", "Commander, U.S. Air Forces Central"),
        ("We will hold those responsible accountable, and we call on the Government of Iraq to prevent these militias from using Iraqi territory to launch attacks against its neighbors,", "Derek Hall", "Commander, U.S. Air Forces Central"),
        ("dealt with the hostile targets in accordance with the approved procedures", "Kuwait’s General Staff of the Army", None),
    ],
    stances=[st("Kataib Hezbollah", "assessed", "U.S. Central Command")],
    incidents=[inc("2026-08-18", "day", "Ali Al Salem Air Base", "Al Jahra", "Kuwait", "drone", "intercepted"),
               inc("2026-08-16", "day", "Safwan", "Basra", "Iraq", "drone", "foiled")],
    note="CENTCOM press release: title, date line, release number, 'TAMPA, Fla. –', absolute dates ('On Aug. 18', "
         "'On Aug. 16'; no weekdays), '-30-'. 'launched from southern Iraq by Kata’ib Hizballah' (curly apostrophe variant of "
         "an alias) and 'CENTCOM assesses that both UAVs were prepared by the same Kata’ib Hizballah cell': assessed, one "
         "pair for both incidents. The commander's quote is two paragraphs (one quote per paragraph piece). 'Iran’s regime "
         "continues to provide militia groups ... with funding, training, and weapons': sponsor, no stance. KH 'has not "
         "publicly commented': no stance. The Safwan drones were seized before launch: foiled, Basra province, Iraq.",
)

write_corpus(D, A)
