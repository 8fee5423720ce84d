"""JobGroup ZZP, edition 1 of the workbook.

Ten themes for (former) freelancers deciding whether to go on as an entrepreneur.
Written from the source documents in shared/seeds; the format is described in FORMAT.md.
"""

PROGRAMMES = [
    {
        "slug": "jobgroup-zzp",
        "title": "JobGroup ZZP",
        "kind": "jobgroup",
        "variant": "zzp",
        "intro": (
            "<p>De JobGroup ZZP is voor (oud-)zelfstandigen die willen uitzoeken hoe het verder "
            "moet. Ga je door als ondernemer, start je opnieuw, kies je een nieuwe markt of ga "
            "je op zoek naar een baan in loondienst?</p><p>In tien bijeenkomsten van ongeveer "
            "twee uur werk je met een kleine groep aan die vraag. Je kijkt wie je bent en wat "
            "je kunt als ondernemer, je vergelijkt je eigen score met de eigenschappen van "
            "succesvolle ondernemers en je onderzoekt de markt. Tussen de bijeenkomsten werk je "
            "ongeveer twee uur per week aan thuisopdrachten. Zo groeit je plan elke week een "
            "stukje.</p><p>Aan het eind maak je een keuze en presenteer je je plan: een "
            "<strong>ZOOP</strong> (Zelfstandig Ondernemings Ontwikkel Plan) als je kiest voor "
            "ondernemen, of een <strong>POP</strong> (Persoonlijk Ontwikkel Plan) als je kiest "
            "voor een baan.</p><p>De JobGroup is geen opleiding tot ondernemer. Voor vakkennis "
            "over bijvoorbeeld belasting of een ondernemingsplan verwijzen we je door, "
            "bijvoorbeeld naar de KvK.</p>"
        ),
        "target_group": (
            "Voor (oud-)zzp'ers die hun opdrachten kwijt zijn of twijfelen of ze doorgaan als "
            "ondernemer. Ook voor wie overweegt om als zelfstandige te starten."
        ),
        "certifies_role": None,
        "certificate_valid_months": None,
        "steps": [
            {
                "number": 1,
                "title": "Hoe kom ik hier?",
                "learning_goal": (
                    "Je kunt vertellen hoe je als (oud-)zzp'er op dit punt bent gekomen en je "
                    "weet hoe tevreden je bent over de vier pijlers van je leven."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de JobGroup ZZP! Je zit hier met mensen die net als "
                            "jij als zelfstandige hebben gewerkt. Sommigen zijn hun opdrachten "
                            "kwijtgeraakt, anderen twijfelen of ze willen doorgaan of juist "
                            "willen starten.</p><p>In tien bijeenkomsten onderzoek je samen met "
                            "de groep of ondernemen bij jou past. Aan het eind maak je een "
                            "keuze: <strong>starten, doorgaan, een nieuwe markt kiezen of "
                            "stoppen en een baan zoeken</strong>. Die keuze werk je uit in een "
                            "eigen plan.</p><p><strong>Leerdoel van vandaag:</strong> je "
                            "vertelt hoe je hier bent gekomen en je kijkt hoe tevreden je bent "
                            "over de belangrijkste delen van je leven.</p>"
                        ),
                        "leader_notes": (
                            "<p>Stel jezelf en je co-leider kort voor. Vertel ook wat jouw band "
                            "met ondernemen is: ben je zelf ondernemer geweest of heb je "
                            "ondernemers begeleid? Dat geeft vertrouwen.</p><p>Laat de tien "
                            "thema's kort zien en noem de keuze aan het eind. Maak samen drie "
                            "afspraken: wat hier gezegd wordt blijft in de groep, we laten "
                            "elkaar uitpraten en we zijn op tijd. Online: camera aan als het "
                            "kan, microfoon uit als je niet praat.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Er is nog geen huiswerk om te bespreken. We gebruiken deze tijd "
                            "om verwachtingen af te stemmen.</p><p>Wat kun je van deze JobGroup "
                            "verwachten?</p><ul><li>Elke bijeenkomst duurt ongeveer twee uur en "
                            "heeft dezelfde opbouw.</li><li>Tussen de bijeenkomsten werk je "
                            "ongeveer <strong>twee uur per week</strong> aan thuisopdrachten. "
                            "Daar haal je het meeste uit.</li><li>Je plan groeit elke week een "
                            "stukje. In bijeenkomst 9 zet je alles bij elkaar.</li><li>Je leert "
                            "veel van elkaar: ideeën, ervaringen en eerlijke "
                            "feedback.</li><li>De JobGroup is geen opleiding tot ondernemer. "
                            "Voor kennis over bijvoorbeeld belasting of een ondernemingsplan "
                            "verwijzen we je door, bijvoorbeeld naar de Kamer van Koophandel "
                            "(KvK).</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Zeg duidelijk dat de thuisopdrachten ongeveer twee uur per week "
                            "kosten. Ervaring leert: wie de opdrachten maakt, haalt veel meer "
                            "uit de groep. Vraag of iedereen die tijd kan vrijmaken.</p><p>Laat "
                            "iedereen de vraag hieronder invullen en noteer de belangrijkste "
                            "verwachtingen op een flip-over of gedeeld scherm. Bewaar dit: in "
                            "bijeenkomst 10 kijk je samen terug of de verwachtingen zijn "
                            "uitgekomen.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat verwacht je van deze JobGroup? Wat wil je na tien "
                                    "bijeenkomsten weten of besloten hebben?"
                                ),
                                "help": (
                                    "Schrijf twee of drie zinnen. Bijvoorbeeld: 'Ik wil weten "
                                    "of ik genoeg kan verdienen als zelfstandige' of 'Ik wil "
                                    "een keuze maken waar ik achter sta.'"
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Hoe kom ik hier?</strong> Iedereen vertelt kort zijn of "
                            "haar verhaal. Gebruik deze vragen:</p><ul><li>Wat voor werk deed "
                            "je als zelfstandige, en hoe lang?</li><li>Waarom werd je zzp'er: "
                            "was het je eigen keuze of moest het zo?</li><li>Wat is er de "
                            "laatste tijd gebeurd?</li><li>Hoe voel je je daar nu "
                            "over?</li></ul><p>Luister naar elkaar zonder meteen advies te "
                            "geven. Je zult merken dat je niet de enige bent.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef iedereen ongeveer twee minuten; gebruik een timer. Bij "
                            "twaalf deelnemers is dat krap, dus houd het tempo erin en vat elk "
                            "verhaal in één zin samen.</p><p>Veel oud-zzp'ers voelen zich "
                            "'afgedankt' of schamen zich. Erken dat gevoel, maar ga het niet "
                            "oplossen. Let op het verschil tussen mensen die echt ondernemer "
                            "wilden zijn en mensen die om praktische redenen zzp'er werden. "
                            "Beide groepen horen hier; zeg dat ook hardop.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel om de beurt in twee minuten hoe je hier bent "
                                    "gekomen. De anderen luisteren en stellen daarna hooguit "
                                    "één vraag."
                                ),
                                "grouping": "group",
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Het vierkant van tevredenheid.</strong> Stel je voor "
                            "dat je leven op vier belangrijke pijlers staat. Als het daar goed "
                            "mee gaat, ben je een tevreden mens.</p><ol><li>Hieronder staan "
                            "vier pijlers. Werk staat er altijd bij. Past een andere pijler "
                            "niet bij jou? Vervang die door je eigen pijler, bijvoorbeeld je "
                            "geloof, je familie of je vrije tijd.</li><li>Geef elke pijler een "
                            "cijfer van 0 tot 10: hoe tevreden ben je er nu over?</li><li>Het "
                            "verschil tussen jouw cijfer en een 10 is je "
                            "verbeterruimte.</li><li>Kies twee pijlers die je wilt verbeteren. "
                            "Stel je voor dat elk cijfer één punt hoger is. Wat is er dan "
                            "veranderd? Hoe kun je dat bereiken?</li><li>Vertel het aan je "
                            "gesprekspartner. Die geeft je één tip. Daarna wissel je "
                            "om.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Leg de oefening eerst samen uit (5 minuten). Geef daarna 10 "
                            "minuten om in te vullen en 2 x 6 minuten voor het gesprek in "
                            "tweetallen. Sluit af met een korte ronde: wie wil iets "
                            "delen?</p><p>Laat zien dat werk maar één pijler is, maar wel "
                            "invloed heeft op de andere: inkomen, tijd voor je gezin, je "
                            "gezondheid. De keuze om wel of niet door te gaan als ondernemer "
                            "raakt dus je hele leven. Niemand hoeft zijn cijfers te laten "
                            "zien.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "rating_grid",
                                "prompt": (
                                    "Hoe tevreden ben je over de vier pijlers van je leven? "
                                    "Geef elke pijler een cijfer van 0 tot 10. Je mag een "
                                    "pijler vervangen door je eigen pijler."
                                ),
                                "items": [
                                    "Werk of mijn onderneming",
                                    "Gezin en kinderen",
                                    "Relaties en vriendschappen",
                                    "Gezondheid en persoonlijke ontwikkeling",
                                ],
                                "allow_own_items": True,
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Kies elk twee pijlers die je wilt verbeteren. Vertel je "
                                    "gesprekspartner wat er verandert als het cijfer één punt "
                                    "hoger is en hoe je dat kunt bereiken. Je partner geeft één "
                                    "tip. Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: mijn verhaal als zelfstandige.</strong> "
                            "Kijk terug op je jaren als zzp'er. Schrijf op wat goed ging, wat "
                            "minder goed ging en wat je hebt geleerd. Schrijf ook op hoe je er "
                            "nu voor staat: je opdrachten, je inkomen en je spaargeld.</p><p>Je "
                            "antwoorden zijn voor jou. In de groep vertel je alleen wat je zelf "
                            "wilt delen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Loop de opdracht samen door, zodat iedereen weet wat er "
                            "verwacht wordt. Wie weinig met een computer werkt of alleen een "
                            "telefoon heeft, mag korte zinnen schrijven. Het gaat om de inhoud, "
                            "niet om mooie taal.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Kijk terug op je jaren als zelfstandige. Schrijf per vak "
                                    "minstens drie punten op."
                                ),
                                "categories": [
                                    "Wat ging goed",
                                    "Wat ging minder goed",
                                    "Wat heb ik geleerd",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Hoe sta je er nu voor? Schrijf iets over je opdrachten, je "
                                    "inkomen, je spaargeld en hoe je je voelt."
                                ),
                                "help": (
                                    "Wees eerlijk tegen jezelf. Dit helpt je later bij je "
                                    "keuze. Je hoeft geen bedragen te noemen als je dat niet "
                                    "wilt."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Kijk terug op deze "
                            "eerste bijeenkomst. Wat viel je op in de verhalen van de anderen? "
                            "Wat heb je over jezelf gemerkt?</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe een korte ronde: iedereen noemt in één zin wat hij of zij "
                            "meeneemt. Daarna vult iedereen de vraag hieronder in. Benoem zelf "
                            "ook iets wat je opviel in de groep, bijvoorbeeld hoe open er werd "
                            "verteld.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze eerste bijeenkomst? Welke pijler "
                                    "van je leven wil je de komende weken aandacht geven?"
                                ),
                                "help": "Eén of twee zinnen is genoeg.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Heb je nog vragen over de JobGroup, "
                            "het huiswerk of hoe je het werkboek gebruikt? Stel ze nu. Wil je "
                            "liever iets onder vier ogen bespreken? Dat kan na afloop met een "
                            "van de leiders.</p>"
                        ),
                        "leader_notes": (
                            "<p>Blijf na afloop nog tien minuten beschikbaar. Let op wie het "
                            "zwaar had tijdens de verhalen. Hoor je over grote geldzorgen of "
                            "andere problemen die zich opstapelen, bespreek dan apart of "
                            "doorverwijzen helpt, bijvoorbeeld naar schuldhulp. Meld het aan je "
                            "coördinator als iemand extra steun of een maatje nodig heeft.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 2,
                "title": "Wie ben ik (als ondernemer)?",
                "learning_goal": (
                    "Je kunt je eigen eigenschappen vergelijken met die van succesvolle "
                    "ondernemers en benoemen wat je al in je hebt en wat je nog mist."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom terug. Vorige keer vertelde je hoe je hier bent gekomen. "
                            "Vandaag kijken we naar <strong>wie jij bent als "
                            "ondernemer</strong>.</p><p>Niet iedere zzp'er is een ondernemer in "
                            "de klassieke betekenis. Veel zelfstandigen verhuren vooral hun "
                            "eigen arbeid. Dat is niet goed of fout. Het is wel belangrijk om "
                            "eerlijk te kijken wat bij jou "
                            "past.</p><p><strong>Leerdoel:</strong> je vergelijkt je eigen "
                            "score met de eigenschappen van succesvolle ondernemers en ziet wat "
                            "je al hebt en wat je nog mist.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag kort hoe iedereen erbij zit. Leg uit dat de oefening van "
                            "vandaag geen examen is: het gaat om inzicht, niet om slagen of "
                            "zakken. Dat haalt spanning weg.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Bespreek in tweetallen je thuisopdracht 'mijn verhaal als "
                            "zelfstandige'. Wat ging goed, wat ging minder goed en wat heb je "
                            "geleerd? Wat valt je partner op?</p><p>Niet klaar gekomen? Vertel "
                            "dan wat je wel hebt bedacht. Iedereen doet mee.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef de tweetallen 2 x 6 minuten en vraag daarna twee of drie "
                            "mensen om één opvallend punt te delen. Heeft iemand het huiswerk "
                            "niet gemaakt, vraag dan niet waarom, maar wat hij of zij er nu "
                            "over kan vertellen. Zo voelt niemand zich beschaamd.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel elkaar om de beurt in zes minuten je verhaal als "
                                    "zelfstandige. Je partner luistert en noemt daarna één "
                                    "kracht die hij of zij in je verhaal hoorde."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Wat maakt iemand een succesvolle ondernemer?</strong> "
                            "Denk aan ondernemers die je kent of hebt meegemaakt. Welke "
                            "eigenschappen hebben zij?</p><p>We verzamelen de eigenschappen "
                            "samen. Daarna bespreken we: moet je ze allemaal hebben? Nee. Wat "
                            "je mist, kun je vaak opvangen. Bijvoorbeeld door iemand in te "
                            "schakelen, samen te werken of hulpmiddelen te gebruiken, zoals "
                            "boekhoudsoftware.</p>"
                        ),
                        "leader_notes": (
                            "<p>Schrijf de genoemde eigenschappen op de flip-over of het "
                            "gedeelde scherm. Vaak komen doorzettingsvermogen, zelfstandigheid, "
                            "netwerken, financieel inzicht, creativiteit en omgaan met "
                            "onzekerheid vanzelf naar voren. Vul aan als iets belangrijks "
                            "ontbreekt.</p><p>Stuur het gesprek naar compenseren: wat doe je "
                            "als je iets mist? Een boekhouder, een compagnon of een goed "
                            "netwerk kunnen veel opvangen.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke eigenschap van een succesvolle ondernemer herken je "
                                    "het sterkst bij jezelf? Geef een voorbeeld uit je eigen "
                                    "werk."
                                ),
                                "help": (
                                    "Denk aan een concreet moment: een klus, een klant of een "
                                    "moeilijke periode."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Mijn score als ondernemer.</strong> Geef jezelf bij "
                            "elke eigenschap een cijfer van 0 tot 10. Wees eerlijk: het is "
                            "alleen voor jou.</p><p>Succesvolle ondernemers scoren vaak hoog (7 "
                            "of hoger) op doorzettingsvermogen, zelfstandigheid, netwerken en "
                            "omgaan met onzekerheid. Ook financieel inzicht is belangrijk: veel "
                            "starters stoppen door geldproblemen, niet door gebrek aan "
                            "vakkennis.</p><p>Vergelijk daarna je score met dit beeld. Waar zit "
                            "jouw kracht? Waar zit het grootste verschil? En hoe kun je dat "
                            "opvangen? Mis je een eigenschap die voor jou belangrijk is? Voeg "
                            "hem toe.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 10 minuten voor het invullen. Laat daarna in tweetallen "
                            "praten over de grootste verschillen (2 x 7 minuten). Vraag door op "
                            "compenseren: 'Wie of wat kan je daarbij helpen?'</p><p>Let op: "
                            "lage cijfers kunnen hard aankomen. Benadruk dat het een "
                            "momentopname is en dat ook een keuze voor loondienst een goede "
                            "uitkomst kan zijn.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "rating_grid",
                                "prompt": (
                                    "Geef jezelf per eigenschap een cijfer van 0 tot 10. "
                                    "Vergelijk je score daarna met de eigenschappen van "
                                    "succesvolle ondernemers."
                                ),
                                "items": [
                                    "Doorzettingsvermogen",
                                    "Zelfstandigheid",
                                    "Netwerken",
                                    "Financieel inzicht",
                                    "Creativiteit",
                                    "Omgaan met onzekerheid",
                                    "Verkopen en onderhandelen",
                                    "Plannen en organiseren",
                                    "Klantgerichtheid",
                                    "Risico durven nemen",
                                ],
                                "allow_own_items": True,
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Bespreek in tweetallen je twee hoogste en je twee laagste "
                                    "cijfers. Bedenk samen hoe je een lage score kunt opvangen: "
                                    "door iemand in te schakelen, samen te werken of een "
                                    "hulpmiddel te gebruiken."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: hoe zien anderen mij?</strong> Vraag "
                            "twee mensen die jou goed kennen als werker om jou op dezelfde "
                            "eigenschappen een cijfer te geven. Bijvoorbeeld een "
                            "oud-opdrachtgever, een collega of een vriend.</p><p>Vergelijk hun "
                            "cijfers met die van jezelf. Maak daarna een lijst: wat heb je al "
                            "in je, wat mis je nog en hoe kun je dat opvangen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Help deelnemers die het lastig vinden om iemand iets te vragen. "
                            "Geef een voorbeeldzin: 'Ik doe mee aan een JobGroup over "
                            "ondernemen. Wil je me helpen door eerlijk een paar cijfers te "
                            "geven?' Mensen vinden het meestal fijn om te helpen.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Zet je conclusies op een rij. Gebruik je eigen score en de "
                                    "cijfers van de anderen."
                                ),
                                "categories": [
                                    "Wat ik al in me heb",
                                    "Wat ik nog mis",
                                    "Hoe ik dat kan opvangen",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat zeiden de anderen over jou? Waar waren hun cijfers "
                                    "anders dan die van jezelf, en wat vind je daarvan?"
                                ),
                                "help": (
                                    "Verschillen zijn interessant. Soms zien anderen een kracht "
                                    "die je zelf niet ziet."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Je hebt vandaag eerlijk "
                            "naar jezelf gekeken als ondernemer. Wat heb je ontdekt?</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat iedereen de vraag invullen en vraag daarna een paar mensen "
                            "hun antwoord voor te lezen. Geef een compliment voor de openheid "
                            "in de groep.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat heb je vandaag over jezelf als ondernemer ontdekt? Wat "
                                    "neem je mee?"
                                ),
                                "help": (
                                    "Denk aan een kracht die je herkende of een punt waar je "
                                    "hulp bij nodig hebt."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Is er iets blijven hangen? Heb je "
                            "vragen over de thuisopdracht? Dit is het moment om ze te "
                            "stellen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Blijf beschikbaar voor wie het moeilijk vond om lage cijfers te "
                            "geven. Bespreek kort met je co-leider hoe de groep liep en wie de "
                            "volgende keer extra aandacht nodig heeft.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 3,
                "title": "Wat kan ik (als ondernemer)?",
                "learning_goal": (
                    "Je kunt je belangrijkste competenties benoemen en ze laten zien met "
                    "concrete voorbeelden uit je werk als zelfstandige."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom. Vorige keer ging het over wie je bent. Vandaag gaat het "
                            "over <strong>wat je kunt</strong>. Als zelfstandige deed je veel "
                            "meer dan alleen je vak: je zocht klanten, maakte offertes, plande "
                            "je werk en hield je administratie bij.</p><p>Dat zijn allemaal "
                            "competenties. Ze zijn waardevol als ondernemer, maar ook voor een "
                            "werkgever.</p><p><strong>Leerdoel:</strong> je benoemt je sterkste "
                            "competenties en laat ze zien met voorbeelden uit je eigen "
                            "werk.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit wat een competentie is: kennis, vaardigheid en houding "
                            "samen, zichtbaar in wat je doet. Houd het kort en geef één "
                            "voorbeeld uit je eigen werk.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Wat zeiden de mensen aan wie je cijfers vroeg? Vertel in de "
                            "groep één ding dat je verraste.</p><p>Kijk ook naar je lijst: wat "
                            "mis je nog en hoe kun je dat opvangen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe een snelle ronde van één minuut per persoon. Wijs op mooie "
                            "voorbeelden van compenseren die je hoort. Wie het huiswerk niet "
                            "kon maken, vertelt wat hij of zij zelf denkt; geen verwijten.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke reactie van een ander op je cijfers verraste je het "
                                    "meest? Wat betekent dat voor je?"
                                ),
                                "help": "Schrijf kort op wat je hoorde en wat je ermee doet.",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Wat deed je allemaal naast je vak?</strong> Maak samen "
                            "een lijst van alle taken die bij zelfstandig werken horen. Denk "
                            "aan:</p><ul><li>klanten zoeken en houden;</li><li>offertes maken "
                            "en prijzen afspreken;</li><li>je werk plannen en op tijd "
                            "opleveren;</li><li>facturen sturen en je administratie "
                            "bijhouden;</li><li>problemen oplossen als het anders liep dan "
                            "gepland.</li></ul><p>Welke van deze taken deed je graag? Welke "
                            "kostten je veel energie?</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers ontdekken hoeveel ze eigenlijk kunnen. "
                            "Oud-zzp'ers onderschatten dit vaak, vooral als het slecht is "
                            "afgelopen. Koppel de taken aan competenties: klanten zoeken is "
                            "'netwerken' en 'overtuigen', een offerte is "
                            "'onderhandelen'.</p><p>Vraag ook naar energie: wat je graag doet, "
                            "wil je in de toekomst vaker doen.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Kies je vijf sterkste competenties.",
                                "options": [
                                    "Vakkennis in mijn eigen vak",
                                    "Klanten werven en overtuigen",
                                    "Onderhandelen over prijs en voorwaarden",
                                    "Plannen en organiseren",
                                    "Administratie en financiën bijhouden",
                                    "Zelfstandig problemen oplossen",
                                    "Samenwerken met anderen",
                                    "Goed communiceren met klanten",
                                    "Flexibel zijn en je aanpassen",
                                    "Creatief nieuwe oplossingen bedenken",
                                    "Doorzetten als het tegenzit",
                                    "Anderen begeleiden of leidinggeven",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Laat zien wat je kunt.</strong> Een competentie wordt "
                            "pas sterk als je er een voorbeeld bij hebt. Gebruik de "
                            "STAR-methode:</p><ul><li><strong>Situatie:</strong> waar en "
                            "wanneer was het?</li><li><strong>Taak:</strong> wat moest jij "
                            "doen?</li><li><strong>Actie:</strong> wat deed je "
                            "precies?</li><li><strong>Resultaat:</strong> wat leverde het "
                            "op?</li></ul><p>Kies één van je sterkste competenties en vertel je "
                            "voorbeeld aan je partner. Je partner vraagt door: 'Wat deed jij "
                            "precies?' en 'Hoe wist je dat het gelukt was?'</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe eerst zelf een voorbeeld voor volgens STAR. Geef de "
                            "tweetallen daarna 2 x 8 minuten. Loop rond, of ga online langs de "
                            "aparte groepsruimtes. Let erop dat mensen 'ik' zeggen en niet "
                            "'we': het gaat om wat zij zelf deden.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel je partner een voorbeeld volgens STAR. Je partner "
                                    "vraagt door op wat jij precies deed en wat het opleverde. "
                                    "Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Schrijf je STAR-voorbeeld op: situatie, taak, actie en "
                                    "resultaat."
                                ),
                                "help": (
                                    "Gebruik korte zinnen en schrijf in de ik-vorm. Dit "
                                    "voorbeeld kun je later gebruiken in een gesprek met een "
                                    "klant of een werkgever."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: drie bewijzen.</strong> Schrijf voor "
                            "drie van je sterkste competenties een STAR-voorbeeld. Kies bij elk "
                            "vak hieronder minstens één voorbeeld.</p><p>Vraag je daarna af: "
                            "welke competenties heb je vooral nodig als ondernemer, en welke "
                            "zijn ook waardevol voor een werkgever?</p>"
                        ),
                        "leader_notes": (
                            "<p>Wijs erop dat deze voorbeelden later terugkomen: in het plan "
                            "van bijeenkomst 9 en in de presentatie van bijeenkomst 10. Goed "
                            "werk nu scheelt straks tijd.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": "Schrijf per vak één of meer korte STAR-voorbeelden op.",
                                "categories": [
                                    "Mijn vakmanschap",
                                    "Klanten en opdrachtgevers",
                                    "Mijn bedrijf runnen",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke van je competenties zijn vooral belangrijk als "
                                    "ondernemer? Welke zijn ook waardevol voor een werkgever?"
                                ),
                                "help": (
                                    "Veel competenties tellen voor allebei. Dat is goed nieuws: "
                                    "je staat sterker dan je misschien denkt."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Je hebt vandaag gezien "
                            "hoeveel je kunt. Welke competentie ga je vaker noemen als je over "
                            "jezelf vertelt?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag iedereen om de naam van één competentie hardop te zeggen, "
                            "met trots. Het mag een beetje luchtig: een applaus of een duim "
                            "omhoog helpt.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Welke competentie ga "
                                    "je vaker noemen?"
                                ),
                                "help": "Schrijf de competentie op en waarom je er trots op bent.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over de STAR-methode of de "
                            "thuisopdracht? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Maak met je co-leider een korte notitie: wie kwam goed mee, wie "
                            "had moeite met het benoemen van eigen kwaliteiten? Geef die "
                            "persoon de volgende keer extra ruimte.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 4,
                "title": "Welke praktische aspecten horen bij ondernemerschap?",
                "learning_goal": (
                    "Je hebt overzicht over de praktische en financiële kant van ondernemen, je "
                    "weet welk uurtarief je nodig hebt en waar je hulp vindt."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom. Ondernemen is meer dan goed zijn in je vak. Er horen "
                            "ook regels, verzekeringen, belastingen en geldzaken bij. Vandaag "
                            "maak je die praktische kant "
                            "zichtbaar.</p><p><strong>Leerdoel:</strong> je weet wat er "
                            "praktisch en financieel bij ondernemen komt kijken, je berekent "
                            "welk uurtarief je nodig hebt en je weet waar je hulp vindt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Zeg vooraf duidelijk: wij zijn geen belastingadviseurs of "
                            "boekhouders. We helpen je overzicht te krijgen en sturen je door "
                            "naar de juiste plek, zoals de KvK, de Belastingdienst of een "
                            "boekhouder.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Lees één van je STAR-voorbeelden voor aan de groep. De anderen "
                            "letten op: is het duidelijk wat jij zelf deed? Wat was het "
                            "resultaat?</p>"
                        ),
                        "leader_notes": (
                            "<p>Neem vier of vijf voorbeelden, ongeveer drie minuten per "
                            "persoon, met korte feedback. Begin altijd met wat goed is en geef "
                            "daarna één tip. Wie niets heeft voorbereid, vertelt het voorbeeld "
                            "uit de vorige bijeenkomst.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Lees je STAR-voorbeeld voor. De groep noemt eerst wat "
                                    "sterk is en geeft daarna één tip."
                                ),
                                "grouping": "group",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Wat komt er praktisch kijken bij ondernemen?</strong> "
                            "Bespreek samen deze onderwerpen. Wat heb je al geregeld? Waar liep "
                            "je tegenaan?</p><ul><li>inschrijven bij de KvK en een passende "
                            "bedrijfsvorm kiezen;</li><li>btw en inkomstenbelasting: aangifte "
                            "doen en geld opzij zetten;</li><li>administratie en "
                            "boekhouding;</li><li>verzekeringen, zoals aansprakelijkheid en "
                            "arbeidsongeschiktheid;</li><li>pensioen opbouwen;</li><li>een "
                            "buffer voor maanden met weinig werk;</li><li>heb je een uitkering? "
                            "Overleg altijd eerst met je gemeente of het UWV voordat je start "
                            "of doorgaat.</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers vooral hun ervaringen delen; zij weten vaak "
                            "veel. Let op verschillen: wie diensten levert, heeft andere vragen "
                            "dan wie met voorraad werkt. Benoem dat verschil, zodat mensen "
                            "elkaars vragen beter begrijpen.</p><p>Tip: nodig een "
                            "gast-ondernemer uit die vertelt over successen en blunders. Kies "
                            "liefst iemand uit een ander soort bedrijf dan de meeste "
                            "deelnemers, bijvoorbeeld een groothandel of een "
                            "productiebedrijf.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welk praktisch onderwerp heeft jou als zelfstandige de "
                                    "meeste zorgen of moeite gekost? Wat heb je ervan geleerd?"
                                ),
                                "help": (
                                    "Denk aan belasting, administratie, verzekeringen of geld "
                                    "opzij zetten."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Welk uurtarief heb ik nodig?</strong> Veel "
                            "zelfstandigen vragen te weinig. Reken het daarom zelf "
                            "uit:</p><ol><li>Wat heb je privé per maand nodig om van te "
                            "leven?</li><li>Welke zakelijke kosten heb je per maand? Denk aan "
                            "gereedschap, telefoon, vervoer, software en "
                            "verzekeringen.</li><li>Wat moet je opzij zetten voor belasting, "
                            "pensioen en een buffer?</li><li>Tel alles op en reken het om naar "
                            "een jaarbedrag.</li><li>Hoeveel uur per jaar kun je echt "
                            "factureren? Reken met vakantie, ziekte en tijd voor klanten zoeken "
                            "en administratie. Vaak is dat maar 1000 tot 1400 uur.</li><li>Deel "
                            "het jaarbedrag door die uren. Dat is je minimale "
                            "uurtarief.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Geef 15 minuten om te rekenen en laat daarna in tweetallen "
                            "vergelijken. Help wie moeite heeft met rekenen; een rekenmachine "
                            "op de telefoon is genoeg. Het gaat om een schatting, niet om een "
                            "precieze uitkomst.</p><p>Het kan schrikken zijn als het benodigde "
                            "tarief veel hoger is dan wat iemand vroeg. Bespreek dat rustig: "
                            "het is belangrijke informatie voor de keuze. Hoor je over schulden "
                            "of geldzorgen die zich opstapelen? Bespreek na afloop apart of "
                            "doorverwijzen naar schuldhulp kan helpen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Zet je kosten op een rij. Schrijf bij elk punt een bedrag "
                                    "per maand."
                                ),
                                "categories": [
                                    "Privé: vaste lasten per maand",
                                    "Zakelijke kosten per maand",
                                    "Opzij zetten voor belasting, pensioen en buffer",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welk uurtarief heb je minimaal nodig? Hoe verhoudt zich "
                                    "dat tot wat je vroeg of wat klanten in jouw vak betalen?"
                                ),
                                "help": (
                                    "Schrijf je berekening kort op: totaal per jaar, gedeeld "
                                    "door het aantal uren dat je kunt factureren."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: wat heb ik geregeld?</strong> Kijk welke "
                            "praktische zaken je al geregeld hebt en welke nog niet. Kies "
                            "daarna drie punten die je de komende weken gaat uitzoeken. Schrijf "
                            "op bij wie je terecht kunt, bijvoorbeeld de KvK, de "
                            "Belastingdienst, een boekhouder of een ondernemer uit je "
                            "netwerk.</p>"
                        ),
                        "leader_notes": (
                            "<p>Wijs op betrouwbare bronnen, zoals de website van de KvK en de "
                            "Belastingdienst. Heeft iemand een uitkering? Herhaal dan dat "
                            "overleg met gemeente of UWV nodig is voordat hij of zij iets "
                            "verandert.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Wat heb je al geregeld? Vink alles aan wat klopt.",
                                "options": [
                                    "Inschrijving bij de KvK",
                                    "Een zakelijke bankrekening",
                                    "Een administratie of boekhoudprogramma",
                                    "Een vaste manier om btw en belasting opzij te zetten",
                                    "Een aansprakelijkheidsverzekering",
                                    "Een verzekering voor arbeidsongeschiktheid",
                                    "Pensioenopbouw",
                                    "Een buffer voor minstens drie maanden",
                                ],
                                "multiple": True,
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke drie praktische punten ga je uitzoeken, en bij wie "
                                    "kun je daarvoor terecht?"
                                ),
                                "help": (
                                    "Schrijf per punt één zin: wat je wilt weten en waar je het "
                                    "gaat vragen."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Je hebt vandaag de "
                            "praktische kant van ondernemen bekeken. Wat betekent dat voor je "
                            "keuze?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag niet om een keuze, die komt in bijeenkomst 9. Vraag wel "
                            "wat de berekening met mensen deed. Benoem dat twijfel normaal "
                            "is.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Wat zegt je "
                                    "uurtarief over je kansen als ondernemer?"
                                ),
                                "help": "Eerlijk zijn tegen jezelf is hier het belangrijkste.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over geld of regels? Stel ze "
                            "gerust. Weten we het antwoord niet, dan zoeken we samen uit waar "
                            "je het kunt vragen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef geen belasting- of juridisch advies. Verwijs door en "
                            "schrijf vragen op die in de groep vaker terugkomen; misschien is "
                            "een gastspreker een idee.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 5,
                "title": "Wat wil ik (als ondernemer)?",
                "learning_goal": (
                    "Je kunt beschrijven wat je echt wilt in je werk en je leven en of dat "
                    "beter past bij ondernemen of bij werken in loondienst."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom. Je weet nu meer over wie je bent, wat je kunt en wat "
                            "ondernemen praktisch vraagt. Vandaag draait het om de vraag: "
                            "<strong>wat wil ik "
                            "eigenlijk?</strong></p><p><strong>Leerdoel:</strong> je beschrijft "
                            "wat je wilt in je werk en je leven en je onderzoekt of dat beter "
                            "past bij ondernemen of bij werken in loondienst.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit dat 'willen' meer is dan werk. Het gaat ook om "
                            "zekerheid, vrijheid, gezin en gezondheid. Verwijs terug naar het "
                            "vierkant van tevredenheid uit bijeenkomst 1.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Welke drie praktische punten heb je uitgezocht? Wat heb je "
                            "ontdekt, en bij wie kon je terecht?</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat in drietallen bespreken (10 minuten) en haal daarna de "
                            "nuttigste tips op in de groep. Noteer goede adressen en websites, "
                            "zodat de hele groep ze kan gebruiken.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel elkaar in drietallen wat je hebt uitgezocht. Noem "
                                    "de nuttigste tip die je vond."
                                ),
                                "grouping": "threes",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Wat houdt me tegen?</strong> Soms zitten gedachten je "
                            "in de weg. Dat heten belemmerende overtuigingen. "
                            "Bijvoorbeeld:</p><ul><li>'Als ik stop als ondernemer, ben ik "
                            "mislukt.'</li><li>'Op mijn leeftijd neemt niemand me meer "
                            "aan.'</li><li>'Ik ben niet goed in verkopen, dus ondernemen lukt "
                            "nooit.'</li></ul><p>Je kunt zo'n gedachte ombuigen tot een "
                            "helpende overtuiging. Bijvoorbeeld: 'Stoppen is een keuze die ik "
                            "bewust maak' of 'Mijn ervaring is waardevol voor een werkgever.' "
                            "Welke gedachte houdt jou tegen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef eerst een voorbeeld en vraag dan wie een eigen gedachte "
                            "wil delen. Laat de groep meedenken over een helpende versie. Dwing "
                            "niemand; sommige gedachten zijn pijnlijk. Humor mag, maar lach "
                            "nooit om een gedachte van iemand.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke gedachte houdt jou tegen? Hoe kun je hem ombuigen "
                                    "tot een helpende gedachte?"
                                ),
                                "help": (
                                    "Schrijf eerst de belemmerende gedachte op. Schrijf "
                                    "daaronder een versie die je helpt en die je ook gelooft."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Twee toekomstbeelden.</strong> Stel je een gewone "
                            "werkdag voor over twee jaar. Eerst als ondernemer, daarna als "
                            "werknemer in loondienst.</p><ul><li>Waar ben je? Met wie werk "
                            "je?</li><li>Wat doe je die dag?</li><li>Hoe voel je je aan het "
                            "eind van de dag?</li><li>Hoe zit het met je inkomen en je vrije "
                            "tijd?</li></ul><p>Vertel beide beelden aan je partner. Je partner "
                            "let op: bij welk beeld krijg je meer energie?</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 10 minuten om beide beelden op te schrijven en daarna 2 x "
                            "8 minuten voor de tweetallen. Let op de energie in de groep: "
                            "mensen praten vaak enthousiaster over het beeld dat bij hen past. "
                            "Laat de partner dat benoemen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": (
                                    "Wat vind je het belangrijkst in je werk? Kies wat voor jou "
                                    "telt."
                                ),
                                "options": [
                                    "Vrijheid om zelf te beslissen",
                                    "Een vast en zeker inkomen",
                                    "Collega's om me heen",
                                    "Mijn eigen baas zijn",
                                    "Afwisseling in mijn werk",
                                    "Regelmaat en vaste tijden",
                                    "Groeien en nieuwe dingen leren",
                                    "Tijd voor mijn gezin",
                                ],
                                "multiple": True,
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel je partner over je werkdag als ondernemer en als "
                                    "werknemer. Je partner zegt bij welk beeld hij of zij meer "
                                    "energie hoorde. Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: mijn bucketlist.</strong> Schrijf voor "
                            "elk deel van je leven op wat je de komende jaren nog wilt doen, "
                            "bereiken of meemaken. Groot en klein mag allebei.</p><p>Kijk "
                            "daarna naar je lijst: welke wensen passen beter bij ondernemen, "
                            "welke bij werken in loondienst?</p>"
                        ),
                        "leader_notes": (
                            "<p>Moedig mensen aan om ook wensen buiten werk op te schrijven. "
                            "Die zeggen vaak veel over wat iemand nodig heeft, bijvoorbeeld "
                            "meer rust of meer zekerheid.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Maak je bucketlist. Schrijf per deel van je leven wat je "
                                    "nog wilt."
                                ),
                                "categories": [
                                    "Werk en onderneming",
                                    "Geld en zekerheid",
                                    "Gezin en relaties",
                                    "Gezondheid",
                                    "Vrije tijd",
                                    "Leren en ontwikkelen",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke wensen op je lijst passen beter bij ondernemen, en "
                                    "welke bij werken in loondienst?"
                                ),
                                "help": "Je hoeft nog niet te kiezen. Schrijf op wat je opvalt.",
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Bij welk toekomstbeeld "
                            "kreeg je vandaag de meeste energie? Welke helpende gedachte neem "
                            "je mee?</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe een korte ronde. Laat mensen hun helpende gedachte hardop "
                            "zeggen als ze dat willen: dat maakt hem sterker.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Welke helpende "
                                    "gedachte wil je onthouden?"
                                ),
                                "help": (
                                    "Schrijf de gedachte zo op dat je hem later makkelijk "
                                    "terugleest."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Heb je nog vragen of wil je iets "
                            "kwijt? Dat kan nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Belemmerende gedachten kunnen diep zitten. Merk je dat iemand "
                            "vastloopt of somber is, bespreek dan met je coördinator of een "
                            "maatje of andere hulp nodig is.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 6,
                "title": "Wat wil de markt en hoe benader ik deze?",
                "learning_goal": (
                    "Je kunt met eenvoudig marktonderzoek nagaan of er vraag is naar jouw "
                    "product of dienst en je kiest een eerste manier om klanten te benaderen."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom. Je weet steeds beter wat je wilt. Maar is er ook vraag "
                            "naar wat je aanbiedt? Vandaag kijken we naar <strong>de "
                            "markt</strong>: wie zijn je klanten, wat hebben ze nodig en hoe "
                            "bereik je ze?</p><p><strong>Leerdoel:</strong> je onderzoekt of er "
                            "vraag is naar je product of dienst en kiest een eerste manier om "
                            "klanten te benaderen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Ook wie richting loondienst denkt, heeft iets aan deze "
                            "bijeenkomst. Een werkgever is ook een 'klant' die je overtuigt. "
                            "Zeg dat vooraf, zodat niemand afhaakt.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Deel je bucketlist in tweetallen. Welke wensen passen bij "
                            "ondernemen en welke bij loondienst? Wat valt je partner op?</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 2 x 6 minuten. Vraag daarna in de groep: wie ziet nu een "
                            "richting? Let op mensen die twijfelen; zeg dat twijfel erbij hoort "
                            "en dat bijeenkomst 9 bedoeld is om te kiezen.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel je partner welke drie wensen op je bucketlist het "
                                    "belangrijkst zijn en waarom."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Wat wil de markt?</strong> Een goed idee is niet "
                            "genoeg; er moeten ook klanten zijn die ervoor willen betalen. "
                            "Bespreek samen:</p><ul><li>Wie is jouw klant? Een bedrijf, een "
                            "overheid of een particulier?</li><li>Welk probleem los je voor die "
                            "klant op?</li><li>Wie zijn je concurrenten en wat vragen "
                            "zij?</li><li>Wat maakt jou anders dan de rest?</li><li>Hoe vinden "
                            "klanten jou: via je netwerk, mond-tot-mondreclame, een website of "
                            "LinkedIn?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers voorbeelden geven uit hun eigen ervaring: hoe "
                            "kwamen ze vroeger aan opdrachten? Meestal blijkt dat het netwerk "
                            "de belangrijkste bron was. Houd dat vast voor bijeenkomst 8.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wie is jouw klant en welk probleem los je voor hem of haar op?"
                                ),
                                "help": (
                                    "Beschrijf je klant zo precies mogelijk, bijvoorbeeld: "
                                    "'kleine bouwbedrijven in de regio die tijdelijk extra "
                                    "handen nodig hebben'."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Oefenen met een klant.</strong> Werk in tweetallen. De "
                            "een is ondernemer, de ander speelt een mogelijke "
                            "klant.</p><ol><li>De ondernemer vertelt in één minuut wat hij of "
                            "zij aanbiedt.</li><li>De klant stelt kritische vragen: 'Waarom "
                            "jij?', 'Wat kost het?', 'Wat heb ik eraan?'</li><li>De ondernemer "
                            "probeert antwoord te geven.</li><li>Samen bespreken jullie: wat "
                            "overtuigde, wat nog niet?</li></ol><p>Wissel daarna om.</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe het eerst kort voor met je co-leider. Geef daarna 2 x 10 "
                            "minuten. Moedig de 'klanten' aan om echt kritisch te zijn, maar "
                            "wel vriendelijk. Haal aan het eind twee of drie inzichten op in de "
                            "groep.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Speel om de beurt ondernemer en klant. De klant stelt "
                                    "kritische vragen. Bespreek daarna wat overtuigde en wat "
                                    "nog beter kan."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat maakt jou anders dan je concurrenten? Schrijf het op "
                                    "in één of twee zinnen."
                                ),
                                "help": (
                                    "Denk aan je ervaring, je manier van werken, je prijs of de "
                                    "snelheid waarmee je helpt."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: vijf gesprekken.</strong> Praat met drie "
                            "tot vijf mogelijke klanten of mensen uit je vak. Vraag wat ze "
                            "nodig hebben, wat ze nu doen en wat ze ervoor zouden betalen. Kijk "
                            "ook online naar twee of drie concurrenten.</p><p>Denk je aan een "
                            "baan? Praat dan met mensen die werken in het soort functie dat je "
                            "zoekt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Help deelnemers een gesprek te beginnen met een eenvoudige zin: "
                            "'Ik onderzoek of er vraag is naar ... Mag ik u een paar vragen "
                            "stellen?' Benadruk dat het geen verkoopgesprek is, maar onderzoek. "
                            "Dat maakt het makkelijker.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Schrijf op wat je in je gesprekken en je onderzoek hebt "
                                    "gehoord."
                                ),
                                "categories": [
                                    "Met wie heb ik gesproken",
                                    "Wat hebben zij nodig",
                                    "Wat zouden zij betalen",
                                    "Wat doen mijn concurrenten",
                                    "Wat verraste mij",
                                ],
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Hoe sterk is je aanbod "
                            "na de oefening van vandaag? Wat wil je nog uitzoeken?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag iedereen om één inzicht uit de oefening te noemen. Geef "
                            "complimenten voor moed: oefenen met een kritische klant is "
                            "spannend.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Wat wil je nog weten "
                                    "over je klanten of je markt?"
                                ),
                                "help": (
                                    "Schrijf één vraag op die je in je vijf gesprekken wilt "
                                    "stellen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over de gesprekken of het "
                            "onderzoek? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek met je co-leider of een gast-ondernemer in de volgende "
                            "bijeenkomsten zinvol is. Kijk ook of er deelnemers zijn die elkaar "
                            "kunnen helpen met contacten.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 7,
                "title": "Hoe ziet de arbeids-/opdrachtenmarkt eruit?",
                "learning_goal": (
                    "Je kent de kansen in jouw vak en regio, zowel voor een baan als voor "
                    "opdrachten, en kunt die met elkaar vergelijken."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom. Vorige keer keek je naar de vraag van klanten. Vandaag "
                            "kijken we breder: <strong>hoe ziet de markt voor banen en "
                            "opdrachten eruit?</strong></p><p><strong>Leerdoel:</strong> je "
                            "kent de kansen in jouw vak en regio, voor een baan en voor "
                            "opdrachten, en kunt ze vergelijken.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit dat er meer keuzes zijn dan 'ondernemer of werknemer'. "
                            "Denk aan detachering, uitzendwerk, een tijdelijke baan of een baan "
                            "naast een kleine onderneming.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Wat heb je gehoord in je gesprekken met klanten of mensen uit "
                            "je vak? Wat verraste je? Is er vraag naar wat je aanbiedt?</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat iedereen één verrassing of conclusie delen (één tot twee "
                            "minuten per persoon). Wie geen gesprekken heeft gevoerd, vertelt "
                            "wat hem of haar tegenhield. Denk samen mee, zonder verwijt.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat was de belangrijkste les uit je gesprekken? Is er "
                                    "genoeg vraag naar jouw product of dienst?"
                                ),
                                "help": "Schrijf op wat je hoorde, niet wat je hoopte te horen.",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Hoe staat de markt ervoor?</strong> In veel sectoren "
                            "zoeken werkgevers mensen, bijvoorbeeld in de zorg, de techniek, "
                            "het onderwijs, de ICT en de logistiek. Werkgevers kijken steeds "
                            "vaker verder dan de perfecte kandidaat.</p><p>Oud-zzp'ers hebben "
                            "veel te bieden: je bent zelfstandig, klantgericht en gewend om "
                            "problemen op te lossen. Tegelijk merk je soms vooroordelen, "
                            "bijvoorbeeld over je leeftijd of over 'een ondernemer die niet in "
                            "een team past'.</p><p>Bespreek samen: wat zie jij in jouw vak? "
                            "Zijn er meer banen of meer opdrachten?</p>"
                        ),
                        "leader_notes": (
                            "<p>Gebruik actuele informatie over de regio, bijvoorbeeld van het "
                            "UWV of de gemeente. Houd het concreet: welke sectoren en functies "
                            "zoeken nu mensen in deze regio?</p><p>Bespreek de vooroordelen "
                            "open. Hoe laat je zien dat je wel in een team past? Een voorbeeld "
                            "van samenwerken uit je zzp-tijd helpt.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Welke vormen van werk wil je onderzoeken?",
                                "options": [
                                    "Een vaste baan",
                                    "Een tijdelijke baan",
                                    "Detachering of uitzendwerk",
                                    "Opdrachten als zelfstandige",
                                    "Een baan naast een kleine eigen onderneming",
                                    "Vrijwilligerswerk als opstap",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Op zoek in de markt.</strong> Zoek in tweetallen naar "
                            "vacatures en opdrachten die passen bij jullie "
                            "allebei.</p><ol><li>Zoek drie vacatures die bij jou passen, "
                            "bijvoorbeeld op vacaturesites of bij het UWV.</li><li>Zoek drie "
                            "opdrachten die bij jou passen, bijvoorbeeld op opdrachtensites of "
                            "via bureaus voor zelfstandigen.</li><li>Zoek daarna samen één "
                            "vacature of opdracht voor je partner.</li><li>Vergelijk: wat wordt "
                            "er gevraagd, wat wordt er betaald en hoe zeker is het "
                            "werk?</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Zorg dat iedereen kan zoeken: op een laptop of op de telefoon. "
                            "Koppel iemand met weinig digitale ervaring aan iemand die handiger "
                            "is. Loop rond of ga langs de groepsruimtes en help met "
                            "zoekwoorden.</p><p>Het zoeken voor een ander is belangrijk: je "
                            "ziet kansen voor een ander vaak makkelijker dan voor jezelf.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": "Schrijf op wat je hebt gevonden.",
                                "categories": [
                                    "Vacatures die bij mij passen",
                                    "Opdrachten die bij mij passen",
                                    "Wat ik vond voor mijn partner",
                                    "Wat me opvalt",
                                ],
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: vergelijken.</strong> Zoek verder naar "
                            "vacatures en opdrachten. Zoek er ook twee voor een andere "
                            "deelnemer en stuur ze naar hem of haar. Vergelijk daarna: wat "
                            "levert een baan je op en wat levert ondernemen je op?</p>"
                        ),
                        "leader_notes": (
                            "<p>Spreek af wie voor wie zoekt, zodat iedereen iets ontvangt. "
                            "Vraag deelnemers of ze hun contactgegevens willen delen; doe dat "
                            "alleen met toestemming.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "rating_grid",
                                "prompt": (
                                    "Geef een cijfer van 0 tot 10: hoe goed passen deze "
                                    "mogelijkheden bij wat jij belangrijk vindt? Voeg gerust "
                                    "een eigen mogelijkheid toe."
                                ),
                                "items": [
                                    "Een baan in loondienst in mijn vak",
                                    "Een baan buiten mijn vak",
                                    "Opdrachten als zelfstandige",
                                    "Een combinatie van baan en onderneming",
                                ],
                                "allow_own_items": True,
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat levert een baan je op, en wat levert ondernemen je op? "
                                    "Zet de voordelen en nadelen naast elkaar."
                                ),
                                "help": (
                                    "Denk aan inkomen, zekerheid, vrijheid, collega's en groei."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Wat weet je nu over de "
                            "markt in jouw vak? Zijn je kansen groter of kleiner dan je "
                            "dacht?</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat iedereen één kans noemen die hij of zij vandaag zag. "
                            "Benoem ook de kansen die mensen voor elkaar vonden: dat laat zien "
                            "wat de groep waard is.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Welke kans wil je "
                                    "verder onderzoeken?"
                                ),
                                "help": "Noem een concrete vacature, opdracht of sector.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over zoeken of over de markt? "
                            "Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Houd bij welke vacatures en opdrachten de groep deelt. Merk je "
                            "dat iemand steeds in dezelfde hoek zoekt, moedig dan aan om breder "
                            "te kijken.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 8,
                "title": "Hoe vind ik een baan of opdracht?",
                "learning_goal": (
                    "Je kunt je netwerk in kaart brengen en mensen uit je netwerk gericht om "
                    "hulp vragen bij het vinden van een baan of opdracht."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom. De meeste banen en opdrachten vind je niet via een "
                            "advertentie, maar via mensen die je kent. Vandaag gaat het over "
                            "<strong>je netwerk</strong>.</p><p><strong>Leerdoel:</strong> je "
                            "brengt je netwerk in kaart en leert mensen gericht om hulp te "
                            "vragen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag wie ooit een opdracht of baan kreeg via iemand die hij of "
                            "zij kende. Meestal gaan bijna alle handen omhoog. Dat is een "
                            "sterke start.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Welke vacatures of opdrachten heb je gevonden, voor jezelf en "
                            "voor een ander? Hoe was het om iets te krijgen van een andere "
                            "deelnemer?</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat iedereen kort vertellen wat hij of zij vond en ontving. "
                            "Benoem de kracht van de groep: samen zoek je breder dan "
                            "alleen.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke vacature of opdracht die je vond of kreeg spreekt je "
                                    "het meest aan? Waarom?"
                                ),
                                "help": "Schrijf ook op wat je ermee gaat doen.",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Hoe gebruik je je netwerk?</strong> Veel mensen vinden "
                            "netwerken eng of denken dat ze geen netwerk hebben. Toch ken je "
                            "meer mensen dan je denkt: oud-opdrachtgevers, collega's, buren, "
                            "mensen van de sportclub, de kerk of de moskee.</p><p>Vraag niet: "
                            "'Heb je werk voor mij?' Vraag liever: 'Ken jij iemand die ...?' of "
                            "'Wie zou ik eens moeten spreken over ...?' Dan kan de ander je "
                            "makkelijker helpen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers ervaringen delen: wat werkte wel en wat niet? "
                            "Oud-zzp'ers hebben vaak een groot netwerk van oud-opdrachtgevers. "
                            "Dat is een schat, ook voor wie een baan zoekt.</p><p>Bespreek ook "
                            "LinkedIn: een goed profiel en contact houden met je netwerk "
                            "leveren vaak reacties en uitnodigingen op.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Bedenk samen goede netwerkvragen. Zet voorbeelden op het "
                                    "scherm of de flip-over, zodat iedereen ze kan gebruiken."
                                ),
                                "grouping": "group",
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Mijn netwerkkaart.</strong> Schrijf per groep mensen op "
                            "wie je kent. Zet een ster bij de mensen die je kunnen helpen aan "
                            "een baan, een opdracht of een nieuw contact.</p><p>Kies daarna "
                            "drie mensen die je deze week gaat benaderen. Oefen in tweetallen "
                            "wat je gaat zeggen. Je partner speelt de persoon uit je "
                            "netwerk.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 12 minuten voor de netwerkkaart en 2 x 7 minuten om te "
                            "oefenen. Let erop dat de vraag concreet is: wie, waarvoor en wat "
                            "de ander kan doen. Moedig aan om ook een bedankje of "
                            "terugkoppeling af te spreken.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Maak je netwerkkaart. Zet per groep de namen van mensen "
                                    "die je kent."
                                ),
                                "categories": [
                                    "Familie en vrienden",
                                    "Oud-opdrachtgevers en klanten",
                                    "Oud-collega's en vakgenoten",
                                    "Buren, club, kerk of moskee",
                                    "Contacten op LinkedIn of andere sociale media",
                                ],
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen je netwerkvraag. Je partner speelt iemand uit je "
                                    "netwerk en reageert. Bespreek daarna of je vraag duidelijk "
                                    "was. Wissel om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: aan de slag met je netwerk.</strong> "
                            "Neem contact op met de drie mensen die je hebt gekozen. Schrijf op "
                            "wat het gesprek opleverde. Werk ook je LinkedIn-profiel bij: een "
                            "goede foto, een duidelijke kop en je sterkste competenties.</p>"
                        ),
                        "leader_notes": (
                            "<p>Niet iedereen wil of kan op LinkedIn. Dat hoeft ook niet; het "
                            "netwerk in het echte leven telt net zo zwaar. Bied hulp aan wie "
                            "het profiel wil maken maar het lastig vindt.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": "Houd bij wie je hebt benaderd en wat het opleverde.",
                                "categories": [
                                    "Wie heb ik benaderd",
                                    "Wat heb ik gevraagd",
                                    "Wat leverde het op",
                                    "Vervolgstap",
                                ],
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Hoe groot is je netwerk "
                            "eigenlijk? Wie ga je als eerste benaderen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat iedereen hardop zeggen wie hij of zij deze week gaat "
                            "benaderen. Een uitgesproken voornemen wordt vaker uitgevoerd.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Wie benader je als "
                                    "eerste, en wat ga je vragen?"
                                ),
                                "help": "Schrijf de naam en je vraag op.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Volgende keer maak je je plan. Heb "
                            "je vragen over wat er van je verwacht wordt? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Kondig aan dat bijeenkomst 9 om een keuze vraagt. Sommige "
                            "mensen worden daar onrustig van. Zeg dat de keuze mag groeien en "
                            "dat een keuze voor een baan net zo goed is als een keuze voor "
                            "ondernemen.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 9,
                "title": "Hoe ziet mijn ZOOP/POP eruit?",
                "learning_goal": (
                    "Je maakt een keuze over je toekomst en werkt die uit in een ZOOP of een "
                    "POP met doelen, vervolgstappen en data."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom. Vandaag zet je alles bij elkaar. Je maakt een keuze en "
                            "werkt die uit in een plan:</p><ul><li>Kies je voor ondernemen? Dan "
                            "maak je een <strong>ZOOP</strong>: een Zelfstandig Ondernemings "
                            "Ontwikkel Plan.</li><li>Kies je voor een baan in loondienst? Dan "
                            "maak je een <strong>POP</strong>: een Persoonlijk Ontwikkel "
                            "Plan.</li></ul><p><strong>Leerdoel:</strong> je maakt een keuze en "
                            "werkt die uit in een plan met doelen, vervolgstappen en data.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit dat het plan groeit uit wat iedereen al heeft gedaan: "
                            "de score als ondernemer, de competenties, het uurtarief, de "
                            "wensen, het marktonderzoek en de netwerkkaart. Niemand begint met "
                            "een leeg blad.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Wie heb je benaderd uit je netwerk? Wat leverde het op? Heb je "
                            "je LinkedIn-profiel bijgewerkt?</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe een snelle ronde. Vier successen, ook kleine: een gesprek, "
                            "een nieuw contact, een tip. Wie nog niemand benaderde, kiest nu "
                            "één persoon en een dag.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat leverde je netwerk op? Welk contact wil je vasthouden?"
                                ),
                                "help": (
                                    "Schrijf op wie je sprak, wat het opleverde en wat je "
                                    "volgende stap is."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Mijn keuze.</strong> Je hebt nu veel informatie "
                            "verzameld. Welke kant wil je op? Er zijn vier "
                            "mogelijkheden:</p><ul><li><strong>Starten</strong> als "
                            "ondernemer;</li><li><strong>Doorgaan</strong> met je onderneming "
                            "zoals die nu is;</li><li><strong>Een nieuwe markt, product of "
                            "dienst</strong> kiezen met je "
                            "onderneming;</li><li><strong>Stoppen</strong> met je onderneming "
                            "en een baan in loondienst zoeken.</li></ul><p>Er is geen goede of "
                            "foute keuze. Het gaat erom dat je keuze past bij jou, je leven en "
                            "de markt. Vertel de groep wat je kiest en waarom.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat iedereen eerst de keuze invullen en de reden opschrijven. "
                            "Vraag daarna iedereen om de keuze in de groep te vertellen. Laat "
                            "de groep alleen vragen stellen, geen oordeel geven.</p><p>Benadruk "
                            "dat stoppen geen mislukking is. Voor veel mensen is een baan de "
                            "beste keuze. Twijfelt iemand sterk? Laat hem of haar de keuze "
                            "maken die nu het beste voelt; een plan kan later worden "
                            "bijgesteld.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Welke keuze maak je voor je toekomst?",
                                "options": [
                                    "Starten als ondernemer",
                                    "Doorgaan met mijn onderneming",
                                    "Een nieuwe markt, product of dienst kiezen",
                                    (
                                        "Stoppen met mijn onderneming en een baan in loondienst "
                                        "zoeken"
                                    ),
                                ],
                                "multiple": False,
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Waarom kies je hiervoor? Noem de belangrijkste redenen uit "
                                    "de vorige bijeenkomsten."
                                ),
                                "help": (
                                    "Denk aan je score als ondernemer, je uurtarief, je wensen, "
                                    "de markt en je netwerk."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Mijn plan maken.</strong> Werk je keuze uit in een "
                            "plan. Gebruik de onderdelen die bij jouw keuze "
                            "horen.</p><p><strong>ZOOP (ondernemen):</strong></p><ul><li>wat "
                            "bied je aan en voor wie?</li><li>hoe bereik je je "
                            "klanten?</li><li>je uurtarief of prijs, je omzetdoel en je "
                            "buffer;</li><li>praktische zaken die je nog moet "
                            "regelen;</li><li>wat je nog mist en hoe je dat "
                            "opvangt;</li><li>wie je helpt, bijvoorbeeld een boekhouder of een "
                            "ervaren ondernemer.</li></ul><p><strong>POP "
                            "(loondienst):</strong></p><ul><li>welk soort functie je zoekt en "
                            "in welke sector;</li><li>je sterkste competenties met "
                            "voorbeelden;</li><li>wat je nog wilt leren, bijvoorbeeld via een "
                            "cursus of opleiding;</li><li>wie in je netwerk je kan "
                            "helpen;</li><li>hoe en waar je gaat "
                            "solliciteren.</li></ul><p>Schrijf voor beide plannen drie tot vijf "
                            "doelen op. Zet bij elk doel de eerste stap en een datum.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 20 minuten om te werken en laat daarna in tweetallen de "
                            "doelen bespreken. De partner vraagt door: is het doel concreet? Is "
                            "de eerste stap klein genoeg om deze week te zetten? Staat er een "
                            "datum bij?</p><p>Loop rond of ga langs de groepsruimtes. Help "
                            "vooral met concreet maken: niet 'meer netwerken', maar 'vrijdag "
                            "bel ik mijn oud-opdrachtgever Jan'.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "action_plan",
                                "prompt": (
                                    "Schrijf de doelen van je ZOOP of POP op. Zet bij elk doel "
                                    "de eerstvolgende stap en een datum."
                                ),
                                "rows": 5,
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Bespreek je doelen met je partner. Je partner vraagt door: "
                                    "is het doel concreet, is de eerste stap klein genoeg en "
                                    "staat er een datum bij? Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: mijn ZOOP of POP.</strong> Werk je plan "
                            "uit in een document van één of twee pagina's. Gebruik de "
                            "onderdelen van vandaag en je doelen met stappen en data. Upload "
                            "het plan hieronder.</p><p>Bereid ook een presentatie van ongeveer "
                            "drie minuten voor. Daarin vertel je welke keuze je maakt, waarom, "
                            "en wat je eerste stappen zijn.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit hoe het uploaden werkt en welke bestanden kunnen (pdf, "
                            "Word of OpenDocument, maximaal 5 MB). Wie geen computer heeft, kan "
                            "het plan ook in het werkboek invullen; bied dan hulp aan bij het "
                            "maken van een document.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "upload",
                                "prompt": "Upload hier je uitgewerkte ZOOP of POP.",
                                "file_types": ["pdf", "docx", "odt"],
                                "max_mb": 5,
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat ga je in je presentatie van drie minuten vertellen? "
                                    "Schrijf de hoofdpunten op."
                                ),
                                "help": (
                                    "Gebruik drie punten: mijn keuze, waarom ik dit kies en "
                                    "mijn eerste stappen."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Je hebt vandaag een "
                            "belangrijke keuze gemaakt. Hoe voelt dat?</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef ruimte aan gevoelens: opluchting, twijfel of verdriet om "
                            "wat je loslaat. Allemaal normaal. Sluit af met een compliment voor "
                            "de groep.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Hoe voelt je keuze? Wat heb je nodig om je plan vol te houden?"
                                ),
                                "help": (
                                    "Denk aan steun van mensen om je heen, tijd, geld of kennis."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over je plan, het uploaden of "
                            "de presentatie? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Noteer wie twijfelt of vastloopt en bel of mail die persoon in "
                            "de komende week. Bespreek met je coördinator of iemand na de "
                            "JobGroup een maatje nodig heeft.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 10,
                "title": "Dit ben ik!",
                "learning_goal": (
                    "Je presenteert je ZOOP of POP en jezelf in een korte pitch en je weet wat "
                    "je eerste stappen na de JobGroup zijn."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de laatste bijeenkomst! Vandaag laat je zien wie je "
                            "bent en welke keuze je hebt "
                            "gemaakt.</p><p><strong>Leerdoel:</strong> je presenteert je plan "
                            "en jezelf en je weet wat je eerste stappen na de JobGroup "
                            "zijn.</p>"
                        ),
                        "leader_notes": (
                            "<p>Maak er een feestelijk moment van, maar houd de tijd strak: de "
                            "presentaties kosten de meeste tijd. Leg de volgorde van vandaag "
                            "kort uit.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Is het gelukt om je plan uit te werken en te uploaden? Waar "
                            "liep je tegenaan? Wie nog niet klaar is, presenteert vandaag de "
                            "hoofdpunten.</p>"
                        ),
                        "leader_notes": (
                            "<p>Houd dit kort. Controleer of iedereen klaar is om te "
                            "presenteren en spreek de volgorde af. Wie zijn plan nog niet af "
                            "heeft, presenteert wat er is; niemand wordt overgeslagen.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat was het lastigste aan het uitwerken van je plan?",
                                "help": (
                                    "Schrijf kort op waar je tegenaan liep en hoe je dat hebt "
                                    "opgelost."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Presentaties: mijn ZOOP of POP.</strong> Iedereen "
                            "presenteert in ongeveer drie minuten:</p><ul><li>welke keuze je "
                            "hebt gemaakt;</li><li>waarom je dit kiest;</li><li>wat je eerste "
                            "stappen zijn.</li></ul><p>Na elke presentatie geven twee mensen "
                            "feedback: één top (wat was sterk) en één tip (wat kan nog "
                            "beter).</p>"
                        ),
                        "leader_notes": (
                            "<p>Houd drie minuten per presentatie aan en één minuut voor "
                            "feedback. Bij twaalf deelnemers heb je de hele tijd nodig; gebruik "
                            "een timer en kondig de laatste halve minuut aan. Zorg dat de "
                            "feedback altijd begint met een top.</p><p>Let op de sfeer: applaus "
                            "na elke presentatie helpt. Benoem hoe ver iedereen is gekomen "
                            "sinds bijeenkomst 1.</p>"
                        ),
                        "minutes": 50,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Presenteer je plan in drie minuten. Na afloop geven twee "
                                    "deelnemers één top en één tip."
                                ),
                                "grouping": "group",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke tips en tops kreeg je op je presentatie? Wat doe je "
                                    "ermee?"
                                ),
                                "help": "Schrijf de feedback op zolang je hem nog weet.",
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Mijn pitch.</strong> Of je nu een klant of een "
                            "werkgever zoekt: je moet jezelf kort en krachtig kunnen "
                            "voorstellen. Maak een pitch van één minuut:</p><ol><li>Wie ben je "
                            "en wat doe je?</li><li>Wat is je sterkste kwaliteit, met een kort "
                            "voorbeeld?</li><li>Wat zoek je: een baan, een opdracht of een "
                            "contact?</li></ol><p>Oefen je pitch in drietallen. De anderen "
                            "letten op: is het duidelijk, is het echt, en weet ik hoe ik je kan "
                            "helpen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 5 minuten om de pitch op te schrijven en 3 x 5 minuten om "
                            "te oefenen. Moedig aan om de pitch ook in een profiel op LinkedIn "
                            "of op een website te gebruiken.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Schrijf je pitch van één minuut op.",
                                "help": (
                                    "Gebruik de drie vragen: wie ben ik, wat is mijn sterkste "
                                    "kwaliteit en wat zoek ik?"
                                ),
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Houd om de beurt je pitch. De anderen zeggen wat duidelijk "
                                    "was en wat je nog kunt verbeteren."
                                ),
                                "grouping": "threes",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Na de JobGroup.</strong> De JobGroup stopt, maar jouw "
                            "plan gaat door. Kies de eerste stap die je deze week zet en "
                            "schrijf hem op. Spreek eventueel met een andere deelnemer af dat "
                            "jullie elkaar over een maand bellen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit welke steun er na de JobGroup is, bijvoorbeeld een "
                            "maatje of een contactmoment na een paar maanden. Stimuleer "
                            "deelnemers om contact met elkaar te houden; de groep kan een "
                            "vangnet blijven.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke stap zet je deze week? En met wie uit de groep houd "
                                    "je contact?"
                                ),
                                "help": "Maak de stap zo klein dat hij zeker lukt.",
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Kijk terug op de tien "
                            "bijeenkomsten. Vul het vierkant van tevredenheid opnieuw in en "
                            "vergelijk het met bijeenkomst 1. Lees ook je verwachtingen van de "
                            "eerste keer terug. Zijn ze uitgekomen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat de verwachtingen van bijeenkomst 1 weer zien. Vraag "
                            "iedereen om in één zin te zeggen wat de JobGroup heeft opgeleverd. "
                            "Bedank de groep voor de inzet en de openheid.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "rating_grid",
                                "prompt": (
                                    "Hoe tevreden ben je nu over de vier pijlers van je leven? "
                                    "Geef elke pijler een cijfer van 0 tot 10 en vergelijk met "
                                    "bijeenkomst 1."
                                ),
                                "items": [
                                    "Werk of mijn onderneming",
                                    "Gezin en kinderen",
                                    "Relaties en vriendschappen",
                                    "Gezondheid en persoonlijke ontwikkeling",
                                ],
                                "allow_own_items": True,
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit de JobGroup ZZP? Wat is er veranderd "
                                    "sinds de eerste bijeenkomst?"
                                ),
                                "help": (
                                    "Denk aan je keuze, je zelfvertrouwen, je netwerk en wat je "
                                    "over jezelf hebt geleerd."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten en afsluiten.</strong> Dit is de laatste keer "
                            "dat de groep zo bij elkaar is. Heb je nog vragen of wil je nog "
                            "iets zeggen tegen de groep? Je kunt het nu kwijt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag om een korte evaluatie van de JobGroup. Geef de namen "
                            "door aan je coördinator van wie een maatje of nazorg wil. Spreek "
                            "af wanneer je contact opneemt, bijvoorbeeld na twee maanden. Sluit "
                            "persoonlijk af met iedereen.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
        ],
    },
]
