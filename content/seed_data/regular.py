"""Seed content: the regular JobGroup (7 steps), written from the source documents."""

PROGRAMMES = [
    {
        "slug": "jobgroup",
        "title": "JobGroup",
        "kind": "jobgroup",
        "variant": "regular",
        "intro": (
            "<p>In de JobGroup werk je in zeven stappen aan je weg naar werk. Je doet dat samen "
            "met maximaal elf andere werkzoekenden, onder leiding van twee getrainde "
            "vrijwilligers.</p><p>Elke week is er een bijeenkomst van ongeveer twee uur. "
            "Daarnaast besteed je ongeveer twee uur aan huiswerk. Je leert goed naar jezelf te "
            "kijken, maar je helpt ook anderen.</p><ol><li>Wie ben ik?</li><li>Wat belemmert "
            "mij?</li><li>Wat kan ik?</li><li>Wat wil ik?</li><li>Wat zoek ik?</li><li>Hoe vind "
            "ik?</li><li>Dit ben ik!</li></ol>"
        ),
        "target_group": (
            "Werkzoekenden die op eigen kracht moeilijk werk vinden, bijvoorbeeld na lange tijd "
            "zonder werk, met een uitkering of na een periode als zzp'er. De groep is gemengd, "
            "want verschillen maken de groep sterker."
        ),
        "certifies_role": None,
        "certificate_valid_months": None,
        "steps": [
            {
                "number": 1,
                "title": "Wie ben ik?",
                "learning_goal": (
                    "Je kunt vertellen wat je belangrijk vindt in werk en in je leven, en waarin "
                    "je nog wilt groeien."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de eerste bijeenkomst van de JobGroup! De komende "
                            "zeven weken werk je samen met andere werkzoekenden aan jouw weg naar "
                            "werk. De groep heeft maximaal twaalf deelnemers en twee "
                            "JobGroupleiders.</p><p>Elke bijeenkomst duurt ongeveer twee uur en "
                            "heeft steeds dezelfde opbouw: welkom en leerdoel, huiswerk "
                            "bespreken, groepsgesprek, verdieping, nieuw huiswerk, wat hebben we "
                            "geleerd en napraten.</p><p>Vandaag staat de vraag <strong>Wie ben "
                            "ik?</strong> centraal. Je kijkt naar wat je belangrijk vindt in een "
                            "nieuwe baan en waar je nog in wilt "
                            "groeien.</p><p><strong>Leerdoel:</strong> aan het eind van vandaag "
                            "kun je vertellen wat voor jou belangrijk is in werk en in je "
                            "leven.</p>"
                        ),
                        "leader_notes": (
                            "<p>Stel jezelf en je medeleider kort voor: wie ben je en waarom doe "
                            "je dit werk als vrijwilliger? Houd het persoonlijk en kort. Jullie "
                            "openheid zet de toon voor de groep.</p><p>Laat de vaste opbouw zien "
                            "op een scherm of flap. Vertel dat het huiswerk ongeveer twee uur per "
                            "week kost en dat het rendement van de JobGroup vooral daar zit. Zo "
                            "stem je de verwachtingen af.</p><p>Maak samen afspraken en schrijf "
                            "ze op:</p><ul><li>wat in de groep gezegd wordt, blijft in de "
                            "groep;</li><li>iedereen mag 'pas' zeggen;</li><li>we laten elkaar "
                            "uitpraten;</li><li>online: camera aan als het kan, microfoon uit als "
                            "je niet praat.</li></ul><p>Tijdtip: begin op tijd, ook als er nog "
                            "iemand ontbreekt. Dat geeft rust en laat zien dat de tijd van "
                            "iedereen serieus genomen wordt.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Er is nog geen huiswerk om te bespreken. Daarom maken we eerst "
                            "kennis met elkaar.</p><p>Vertel in twee minuten:</p><ul><li>je naam "
                            "en waar je woont;</li><li>welk werk je het laatst hebt gedaan of "
                            "graag zou doen;</li><li>wat je hoopt te halen uit de "
                            "JobGroup.</li></ul><p>Je hoeft niet te vertellen waarom je nu geen "
                            "werk hebt. Je bepaalt zelf wat je deelt.</p>"
                        ),
                        "leader_notes": (
                            "<p>In de eerste bijeenkomst is er geen huiswerk. Gebruik dit blok "
                            "voor een kennismakingsronde. Geef zelf het voorbeeld in twee "
                            "minuten, dan houden anderen zich ook aan die tijd. Met twaalf "
                            "deelnemers is dat al ruim twintig minuten: houd een kookwekker of de "
                            "klok van je telefoon bij de hand en onderbreek "
                            "vriendelijk.</p><p>Een luchtige vraag breekt het ijs, bijvoorbeeld: "
                            "'Wat was je allereerste baantje?' Humor helpt, maar lach nooit óm "
                            "iemand.</p><p>Let op deelnemers die stil worden of emotioneel "
                            "reageren bij het woord werk. Veel mensen dragen teleurstellingen en "
                            "afwijzingen mee. Erken dat ('dat klinkt als een zware tijd') en ga "
                            "rustig verder. Je hoeft het nu niet op te lossen. Spreek zo nodig na "
                            "afloop even apart.</p><p>Bewaar de verwachtingen die deelnemers "
                            "opschrijven. In stap 7 kijk je er samen op terug.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat hoop jij te halen uit de JobGroup?",
                                "help": (
                                    "Schrijf één of twee zinnen. In de laatste bijeenkomst kijk "
                                    "je hierop terug."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Werk is meer dan geld verdienen. Voor de een gaat het om "
                            "zekerheid, voor de ander om fijne collega's of om iets betekenen "
                            "voor anderen.</p><p>We praten in de groep over deze "
                            "vragen:</p><ul><li>Wanneer ging jij met plezier naar je werk? Wat "
                            "maakte dat zo?</li><li>Wat vind je belangrijk in een nieuwe "
                            "baan?</li><li>Wat wil je liever niet meer?</li></ul><p>Kies daarna "
                            "uit de lijst de punten die voor jou het belangrijkst zijn.</p>"
                        ),
                        "leader_notes": (
                            "<p>Begin met een open vraag en geef zelf een kort voorbeeld. Vraag "
                            "door met 'Wat maakte dat zo?' en 'Kun je een voorbeeld geven?' Vat "
                            "af en toe samen wat je hoort.</p><p>Zorg dat iedereen aan het woord "
                            "komt, maar dwing niemand. Bij een stille groep werkt een rondje "
                            "'noem één ding' goed.</p><p>Sommige deelnemers vinden dat ze niet "
                            "mogen kiezen, omdat ze elke baan moeten aannemen. Erken die druk. "
                            "Leg uit dat weten wat je belangrijk vindt helpt om gericht te zoeken "
                            "en om een baan ook te houden.</p><p>Tijd: ongeveer 15 minuten "
                            "gesprek en 10 minuten voor de keuzelijst.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": (
                                    "Wat vind jij het belangrijkst in een nieuwe baan? Kies er "
                                    "hoogstens vijf."
                                ),
                                "options": [
                                    "Een vast contract en zekerheid",
                                    "Een goed salaris",
                                    "Fijne collega's",
                                    "Iets betekenen voor anderen",
                                    "Afwisseling in mijn werk",
                                    "Zelfstandig werken",
                                    "Samenwerken in een team",
                                    "Leren en groeien",
                                    "Werktijden die passen bij mijn gezin",
                                    "Dicht bij huis werken",
                                    "Buiten of met mijn handen werken",
                                    "Waardering voor wat ik doe",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Stel je voor dat je leven rust op vier pijlers. Gaat het goed met "
                            "die pijlers, dan ben je een tevreden mens. Samen vormen ze het "
                            "<strong>vierkant van tevredenheid</strong>.</p><ol><li>Geef elke "
                            "pijler een cijfer van 0 tot 10: hoe tevreden ben je er nu "
                            "over?</li><li>Past een pijler niet bij jou? Voeg dan je eigen pijler "
                            "toe, bijvoorbeeld je geloof, je familie of je persoonlijke "
                            "ontwikkeling.</li><li>Het verschil tussen jouw cijfer en een 10 is "
                            "je verbeterruimte. Veel ruimte betekent: hier kan nog veel beter. "
                            "Weinig ruimte betekent: hier gaat het al aardig "
                            "goed.</li></ol><p>Daarna kies je twee pijlers die je wilt verbeteren "
                            "en praat je erover met een mededeelnemer.</p>"
                        ),
                        "leader_notes": (
                            "<p>Deze oefening komt uit het werkmateriaal. Teken het vierkant "
                            "eerst voor: vier diagonalen van het midden naar de hoeken, met 0 in "
                            "het midden en 10 in de hoek. Wie op papier werkt, zet op elke "
                            "diagonaal een streepje, verbindt de streepjes en arceert de ruimte "
                            "tot het grote vierkant. Dat is de "
                            "verbeterruimte.</p><p>Tijdsverdeling: 10 minuten invullen, 15 "
                            "minuten in tweetallen (ruim 7 minuten per persoon), 5 minuten korte "
                            "nabespreking in de groep.</p><p>Maak de tweetallen zelf, zodat "
                            "niemand overblijft. Online: gebruik aparte gespreksruimtes en stuur "
                            "halverwege een bericht dat het tijd is om te "
                            "wisselen.</p><p>Veiligheid: cijfers over relaties, gezondheid of "
                            "geld kunnen pijn doen. Niemand hoeft zijn cijfers in de groep te "
                            "noemen. Vraag in de nabespreking alleen naar de gekozen "
                            "verbeterpunten en de tips. Loopt iemand vast op schulden, wonen of "
                            "gezondheid? Verwijs na afloop via de coördinator naar een "
                            "partnerorganisatie, zoals SchuldHulpMaatje. Jij hoeft dat niet zelf "
                            "op te lossen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "rating_grid",
                                "prompt": (
                                    "Hoe tevreden ben je nu over de vier pijlers van je leven? "
                                    "Geef elke pijler een cijfer van 0 tot 10."
                                ),
                                "items": [
                                    "Werk en dagbesteding",
                                    "Relaties en sociale contacten",
                                    "Gezondheid",
                                    "Wonen en financiën",
                                ],
                                "allow_own_items": True,
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Kies twee pijlers die je wilt verbeteren. Stel je voor dat "
                                    "je op elke pijler één punt hoger scoort. Wat is er dan "
                                    "veranderd? Hoe kun je dat bereiken? Vertel het aan je "
                                    "gesprekspartner. Die geeft je één tip om je verbetering te "
                                    "steunen. Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke twee pijlers wil je verbeteren, en wat is je eerste "
                                    "stap?"
                                ),
                                "help": (
                                    "Schrijf ook de tip op die je van je gesprekspartner kreeg."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Thuis ga je verder met de vraag wie je bent. Besteed er ongeveer "
                            "twee uur aan, verdeeld over de week.</p><ol><li>Schrijf op welk werk "
                            "je tot nu toe hebt gedaan, betaald en onbetaald. Denk ook aan "
                            "vrijwilligerswerk, mantelzorg en de zorg voor je gezin.</li><li>Wat "
                            "gaf je energie in dat werk? Wat kostte je energie?</li><li>Waar wil "
                            "je nog in groeien?</li><li>Vraag iemand die je goed kent: 'Wat vind "
                            "jij typisch iets voor mij?'</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Leg het huiswerk kort uit en laat zien waar het in het werkboek "
                            "staat. Vraag of iedereen weet hoe je een antwoord opslaat. Help "
                            "deelnemers met weinig digitale ervaring even na afloop. Antwoorden "
                            "op papier zijn ook goed.</p><p>Zeg erbij dat huiswerk geen toets is. "
                            "Wie het niet af krijgt, is volgende week gewoon welkom.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Denk aan al je werk, betaald en onbetaald. Wat gaf je "
                                    "energie en wat kostte energie?"
                                ),
                                "categories": ["Dit gaf mij energie", "Dit kostte mij energie"],
                            },
                            {
                                "type": "reflection",
                                "prompt": "Waar wil je nog in groeien?",
                                "help": (
                                    "Denk aan kennis, vaardigheden of eigenschappen. "
                                    "Bijvoorbeeld: beter leren werken met de computer, meer "
                                    "durven zeggen in een groep of een vak leren."
                                ),
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat zei iemand die je goed kent over wat typisch iets voor "
                                    "jou is?"
                                ),
                                "help": (
                                    "Schrijf op wie je het vroeg en wat die persoon zei. Herken "
                                    "je het?"
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken samen terug op deze eerste bijeenkomst. Wat heb je "
                            "gehoord, bij jezelf en bij anderen? Wat verraste je?</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe een rondje waarin iedereen één zin zegt. Begin bij iemand die "
                            "open en positief was; dat maakt het voor anderen makkelijker. Geef "
                            "geen commentaar op elkaars zin, bedank alleen.</p><p>Sluit af met "
                            "een compliment aan de groep voor de open sfeer. Dat is na een eerste "
                            "bijeenkomst belangrijker dan een perfecte samenvatting.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee zinnen. Denk aan iets wat je over jezelf "
                                    "ontdekte, een tip van een ander of iets wat je deze week "
                                    "wilt proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog vragen over de JobGroup, het werkboek of het huiswerk? "
                            "Stel ze gerust. Je kunt ook na afloop even blijven of een van de "
                            "leiders een bericht sturen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Blijf na afloop nog even beschikbaar, ook online. Vraag stille "
                            "deelnemers persoonlijk hoe ze het vonden.</p><p>Bespreek met je "
                            "medeleider wat goed ging en wat jullie volgende keer anders doen. "
                            "Noteer alleen wat nodig is voor de begeleiding. Persoonlijke "
                            "verhalen zijn gevoelige gegevens: deel ze niet buiten de groep en "
                            "bewaar ze niet op je eigen telefoon of computer.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 2,
                "title": "Wat belemmert mij?",
                "learning_goal": (
                    "Je herkent een belemmerende gedachte bij jezelf en kunt die ombuigen naar "
                    "een helpende gedachte."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom terug! Vandaag staat de vraag <strong>Wat belemmert "
                            "mij?</strong> centraal.</p><p>Iedereen heeft gedachten die hem "
                            "tegenhouden. 'Ik ben te oud.' 'Zonder diploma neemt niemand mij "
                            "aan.' 'Het heeft toch geen zin.' Zulke gedachten heten belemmerende "
                            "overtuigingen. Ze voelen als de waarheid, maar vaak zijn ze dat niet "
                            "helemaal.</p><p><strong>Leerdoel:</strong> je herkent een "
                            "belemmerende gedachte bij jezelf en je kunt die ombuigen naar een "
                            "helpende gedachte.</p>"
                        ),
                        "leader_notes": (
                            "<p>Begin met een kort openingsrondje: 'Zeg in één woord hoe je er "
                            "vandaag bij zit.' Zo krijg je snel een beeld van de sfeer.</p><p>Leg "
                            "het leerdoel uit met een voorbeeld uit je eigen leven. Als leider "
                            "een eigen belemmerende gedachte delen maakt het onderwerp veilig en "
                            "laat zien dat iedereen ze heeft.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week dacht je na over wat je energie geeft en waar je wilt "
                            "groeien. Vertel in tweetallen wat je hebt ontdekt. Daarna deelt elk "
                            "tweetal één opvallend punt met de groep.</p><p>Is je huiswerk niet "
                            "af? Vertel dan wat je wel hebt gedaan of waar je vastliep. Ook dat "
                            "helpt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek het huiswerk zonder iemand te beschamen. Vraag niet 'Wie "
                            "heeft het niet gedaan?' maar 'Wat viel je op?' Wie niets heeft "
                            "gedaan, kan meedoen door te vertellen waar hij aan dacht. Vraag na "
                            "afloop rustig wat er in de weg zat: soms is dat een laptop die "
                            "ontbreekt of een zware week thuis.</p><p>Tijd: 10 minuten in "
                            "tweetallen, 10 minuten in de groep.</p><p>Luister nu al naar "
                            "belemmerende gedachten die langskomen ('ik kan eigenlijk niks "
                            "bijzonders'). Noteer ze zonder namen. Ze zijn een mooi bruggetje "
                            "naar het groepsgesprek.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat viel je op toen je je huiswerk besprak?",
                                "help": (
                                    "Bijvoorbeeld iets wat je gesprekspartner zei, of iets wat je "
                                    "zelf pas zag toen je het hardop vertelde."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Welke gedachten houden jou tegen bij het zoeken naar "
                            "werk?</p><p>We praten hierover in de groep:</p><ul><li>Wat zeg je "
                            "tegen jezelf na een afwijzing?</li><li>Is dat altijd waar? Ken je "
                            "iemand bij wie het anders ging?</li><li>Wat zou je tegen een goede "
                            "vriend zeggen als die dit over zichzelf dacht?</li></ul><p>Kies "
                            "daarna de gedachten die je bij jezelf herkent.</p>"
                        ),
                        "leader_notes": (
                            "<p>Maak het normaal: iedereen heeft belemmerende gedachten, ook de "
                            "leiders. Ga niet in discussie ('Dat is helemaal niet waar!'), maar "
                            "stel vragen: 'Klopt dat altijd? Wanneer niet?'</p><p>Humor helpt om "
                            "afstand te nemen. Noem de innerlijke criticus bijvoorbeeld een "
                            "zeurende radio waarvan je het volume zelf lager kunt "
                            "zetten.</p><p>Veiligheid: sommige gedachten komen voort uit echte "
                            "ervaringen, zoals afwijzing vanwege leeftijd, afkomst of een "
                            "beperking. Ontken die niet. Discriminatie bestaat. Erken de ervaring "
                            "en kijk daarna samen naar wat iemand wel zelf kan beïnvloeden.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Welke belemmerende gedachten herken je bij jezelf?",
                                "options": [
                                    "Ik ben te oud voor een nieuwe baan.",
                                    "Zonder het juiste diploma maak ik geen kans.",
                                    "Ik heb te lang niet gewerkt.",
                                    "Na zoveel afwijzingen heeft het geen zin meer.",
                                    "Ik kan eigenlijk niets bijzonders.",
                                    "Ik ben niet goed met computers.",
                                    "Werkgevers kijken alleen naar mijn gat in het cv.",
                                    "Ik durf mezelf niet te verkopen.",
                                    "Mijn gezondheid staat werk in de weg.",
                                    "Ik moet eerst alles perfect kunnen voordat ik solliciteer.",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Je gaat een belemmerende gedachte ombuigen in vier "
                            "stappen:</p><ol><li>Schrijf een belemmerende gedachte "
                            "op.</li><li>Zoek bewijs: klopt deze gedachte altijd? Wanneer "
                            "niet?</li><li>Wat kost deze gedachte je? Wat doe je niet door deze "
                            "gedachte?</li><li>Maak er een helpende gedachte van die je zelf "
                            "gelooft.</li></ol><p>Een helpende gedachte is realistisch. Dus niet: "
                            "'Ik ben de beste.' Wel bijvoorbeeld: 'Ik ben 58 en ik heb veel "
                            "ervaring. Er zijn werkgevers die dat waarderen.'</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe de vier stappen eerst één keer samen met een voorbeeld uit de "
                            "groep (5 minuten, alleen met toestemming). Daarna werkt iedereen "
                            "zelf (10 minuten) en dan in tweetallen (10 minuten). Sluit af met "
                            "een korte ronde in de groep (5 minuten).</p><p>Let erop dat de "
                            "helpende gedachte geloofwaardig is. Te positieve zinnen werken niet: "
                            "de deelnemer gelooft ze zelf niet. Loopt iemand vast, vraag dan: "
                            "'Wat zou je beste vriend zeggen?'</p><p>Merk je dat iemand somber is "
                            "of veel meer meedraagt dan deze oefening kan dragen? Dat is niet "
                            "jouw rol om op te lossen. Bespreek het na afloop met de coördinator, "
                            "die kan doorverwijzen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Mijn belemmerende gedachte",
                                "help": (
                                    "Schrijf de gedachte op zoals je hem tegen jezelf zegt. "
                                    "Schrijf er ook bij wanneer hij meestal opkomt."
                                ),
                            },
                            {
                                "type": "reflection",
                                "prompt": "Mijn helpende gedachte",
                                "help": (
                                    "Schrijf een zin die klopt en die je zelf gelooft. Begin "
                                    "bijvoorbeeld met 'Ik kan...', 'Ik heb al eens...' of 'Ook "
                                    "al..., toch...'."
                                ),
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Lees je helpende gedachte voor aan je gesprekspartner. Die "
                                    "vraagt: 'Geloof je dit zelf?' en 'Wat heb je al eens "
                                    "meegemaakt dat dit bewijst?' Pas je zin aan als dat nodig "
                                    "is. Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>In een auto kijk je af en toe in de achteruitkijkspiegel. Maar je "
                            "rijdt vooruit. Zo werkt het ook met je verleden: je kijkt terug om "
                            "te leren, en je gaat verder.</p><ol><li>Schrijf op wat je achter je "
                            "wilt laten: oude gedachten, gewoonten of ervaringen.</li><li>Schrijf "
                            "op wat je meeneemt: je sterke kanten, je ervaring, mooie "
                            "momenten.</li><li>Zeg je helpende gedachte deze week elke dag tegen "
                            "jezelf. Let op wanneer de oude gedachte terugkomt en wat je dan "
                            "doet.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>De achteruitkijkspiegel is een hulpmiddel uit de praktijk van de "
                            "maatjes. Leg het beeld kort uit: terugkijken mag, maar niet te lang, "
                            "anders rijd je ergens tegenaan.</p><p>Benadruk dat deelnemers zelf "
                            "bepalen wat ze volgende week delen. Het huiswerk is van henzelf.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "De achteruitkijkspiegel: wat laat je achter je en wat neem "
                                    "je mee?"
                                ),
                                "categories": ["Dit laat ik achter me", "Dit neem ik mee"],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wanneer kwam je belemmerende gedachte deze week op, en wat "
                                    "deed je toen?"
                                ),
                                "help": (
                                    "Beschrijf één moment. Hielp je helpende gedachte? Wat zou je "
                                    "volgende keer anders doen?"
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Welke gedachte ga jij deze week anders denken? "
                            "Wat hoorde je bij anderen dat je herkende?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag iedereen om zijn helpende gedachte hardop te zeggen, als "
                            "hij dat wil. Hardop uitspreken maakt het sterker. Reageer met een "
                            "kort 'dank je', zonder oordeel.</p><p>Houd dit blok luchtig. Het "
                            "onderwerp was zwaar genoeg; eindig met energie.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee zinnen. Denk aan iets wat je over jezelf "
                                    "ontdekte, een tip van een ander of iets wat je deze week "
                                    "wilt proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Is er iets blijven hangen? Heb je nog een vraag? Vraag het "
                            "gerust, nu of na afloop.</p>"
                        ),
                        "leader_notes": (
                            "<p>Dit onderwerp kan na afloop nog doorwerken. Wees beschikbaar voor "
                            "wie wil napraten. Vraag bij twijfel een paar dagen later kort hoe "
                            "het gaat, of vraag de coördinator om contact op te "
                            "nemen.</p><p>Bespreek met je medeleider of er deelnemers zijn bij "
                            "wie een maatje naast de JobGroup zinvol kan zijn.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 3,
                "title": "Wat kan ik?",
                "learning_goal": (
                    "Je kunt drie van je competenties noemen en bij elke competentie een concreet "
                    "voorbeeld geven."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag gaat het over de vraag <strong>Wat kan "
                            "ik?</strong></p><p>Een competentie is iets wat je goed kunt, door je "
                            "kennis, je vaardigheden en je gedrag samen. Denk aan samenwerken, "
                            "plannen of goed luisteren. Veel mensen vinden het lastig om te "
                            "zeggen waar ze goed in zijn. Daarom zoeken we vandaag naar concrete "
                            "voorbeelden. Die heb je straks nodig voor je cv en in een "
                            "sollicitatiegesprek.</p><p><strong>Leerdoel:</strong> je kunt drie "
                            "van je competenties noemen en bij elke competentie een voorbeeld "
                            "geven.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vertel waarom voorbeelden zo belangrijk zijn: 'Ik ben flexibel' "
                            "zegt een werkgever weinig. 'Toen een collega ziek werd, nam ik "
                            "binnen een uur haar route over' zegt veel "
                            "meer.</p><p>Openingsrondje: laat iedereen in één zin vertellen hoe "
                            "de week met de helpende gedachte ging. Houd dat kort; het huiswerk "
                            "komt zo uitgebreider aan bod.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week werkte je met de achteruitkijkspiegel. Vertel in "
                            "tweetallen:</p><ul><li>Wat laat je achter je?</li><li>Wat neem je "
                            "mee?</li><li>Hielp je helpende gedachte deze "
                            "week?</li></ul><p>Luister goed naar wat je gesprekspartner meeneemt. "
                            "Vaak zitten daar al competenties in.</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 12 minuten in tweetallen, 8 minuten in de groep. Vraag in "
                            "de groep vooral naar wat mensen meenemen; dat is het bruggetje naar "
                            "het thema van vandaag.</p><p>Geen huiswerk gemaakt? Geen probleem. "
                            "Laat de deelnemer ter plekke één ding noemen dat hij meeneemt. "
                            "Benoem nooit in de groep wie het huiswerk wel of niet deed.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Competenties laat je niet alleen in betaald werk zien. Wie een "
                            "gezin draaiende houdt, kan plannen en problemen oplossen. Wie "
                            "trainer is bij de voetbalclub, kan motiveren. Wie voor een zieke "
                            "ouder zorgt, is betrouwbaar en geduldig.</p><p>We praten in de groep "
                            "over deze vragen:</p><ul><li>Waar ben je de laatste tijd trots "
                            "op?</li><li>Waarvoor vragen mensen jou om hulp?</li><li>Welke "
                            "competenties hoor je in de verhalen van anderen?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Laat een paar deelnemers een kort verhaal vertellen en vraag de "
                            "groep: 'Welke competenties hoor je hierin?' Schrijf ze op. "
                            "Deelnemers onderschatten zichzelf vaak; de groep ziet "
                            "meer.</p><p>Complimenten werken sterker dan kritiek. Geef ze "
                            "concreet: niet 'goed zo', maar 'ik hoor dat je heel zorgvuldig "
                            "bent'.</p><p>Let op bescheidenheid die vanuit cultuur of opvoeding "
                            "komt ('over jezelf opscheppen doe je niet'). Leg uit dat laten zien "
                            "wat je kunt in een sollicitatie iets anders is dan opscheppen.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [],
                    },
                    "deepening": {
                        "text": (
                            "<p>Kies uit de lijst vijf competenties die goed bij je "
                            "passen.</p><p>Kies er daarna één uit en vertel je gesprekspartner "
                            "over een situatie waarin je die competentie liet zien. Gebruik drie "
                            "vragen:</p><ol><li>Wat was de situatie?</li><li>Wat deed jij "
                            "precies?</li><li>Wat was het resultaat?</li></ol><p>Je "
                            "gesprekspartner vraagt door en vertelt welke competenties hij nog "
                            "meer hoort.</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijdsverdeling: 8 minuten kiezen, 16 minuten in tweetallen (8 "
                            "minuten per persoon), 6 minuten nabespreken.</p><p>Doe het vooraf "
                            "één keer voor met een eigen voorbeeld. Let op dat de verteller 'ik' "
                            "zegt en niet 'wij': het gaat om wat hij zelf deed.</p><p>Loopt "
                            "iemand vast op werkervaring, vraag dan naar vrijwilligerswerk, "
                            "mantelzorg, sport, geloofsgemeenschap of het gezin. Iedereen heeft "
                            "voorbeelden.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Welke competenties passen bij jou? Kies er vijf.",
                                "options": [
                                    "Samenwerken",
                                    "Zelfstandig werken",
                                    "Plannen en organiseren",
                                    "Klantgericht werken",
                                    "Goed luisteren",
                                    "Duidelijk communiceren",
                                    "Problemen oplossen",
                                    "Doorzetten",
                                    "Zorgvuldig en precies werken",
                                    "Flexibel zijn",
                                    "Leergierig zijn",
                                    "Verantwoordelijkheid nemen",
                                    "Anderen helpen en ondersteunen",
                                    "Creatief zijn",
                                    "Leidinggeven",
                                    "Omgaan met stress",
                                ],
                                "multiple": True,
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel je gesprekspartner over een situatie waarin je een "
                                    "van je competenties liet zien: wat was de situatie, wat deed "
                                    "jij, wat was het resultaat? Je gesprekspartner vraagt door "
                                    "en noemt de competenties die hij hoort. Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Beschrijf de situatie die je vertelde. Welke competentie "
                                    "liet je zien?"
                                ),
                                "help": (
                                    "Schrijf in drie korte delen: de situatie, wat jij deed en "
                                    "het resultaat. Noteer ook welke competenties je "
                                    "gesprekspartner hoorde."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Thuis ga je verder met je competenties.</p><ol><li>Vraag twee "
                            "mensen die je goed kennen: 'Waar ben ik goed in? Kun je een "
                            "voorbeeld geven?' Dat kan een familielid, vriend, oud-collega of "
                            "buur zijn.</li><li>Schrijf bij nog twee competenties uit je lijst "
                            "een voorbeeld: de situatie, wat je deed en het "
                            "resultaat.</li></ol><p>Biedt jouw locatie een belangstellingstest "
                            "aan? Dan kun je die deze week ook maken. Vraag ernaar bij de "
                            "leiders.</p>"
                        ),
                        "leader_notes": (
                            "<p>Moedig deelnemers aan om de vraag echt aan anderen te stellen. "
                            "Het is spannend, maar het levert vaak mooie verrassingen op en het "
                            "versterkt het zelfvertrouwen.</p><p>Werkt jullie locatie met een "
                            "belangstellingstest uit het professionele pakket? Regel dan vooraf "
                            "de inloggegevens en help deelnemers die weinig digitaal vaardig "
                            "zijn.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat zeiden twee mensen die je goed kennen over waar je goed "
                                    "in bent?"
                                ),
                                "help": (
                                    "Schrijf op wie je het vroeg, wat ze zeiden en welk voorbeeld "
                                    "ze gaven."
                                ),
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Schrijf bij twee andere competenties een voorbeeld: "
                                    "situatie, wat je deed en resultaat."
                                ),
                                "help": (
                                    "Houd het kort: drie of vier zinnen per voorbeeld is genoeg."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Welke competentie wist je van jezelf? Welke "
                            "hoorde je van een ander en had je zelf niet bedacht?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag in de ronde vooral naar verrassingen: 'Welke competentie "
                            "zag een ander in jou die je zelf niet zag?' Dat geeft "
                            "energie.</p><p>Noem dat alle voorbeelden straks terugkomen in de "
                            "pitch en het cv in stap 7. Zo zien deelnemers de lijn in de "
                            "JobGroup.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee zinnen. Denk aan iets wat je over jezelf "
                                    "ontdekte, een tip van een ander of iets wat je deze week "
                                    "wilt proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog vragen over competenties, de belangstellingstest of "
                            "het huiswerk? Stel ze gerust.</p>"
                        ),
                        "leader_notes": (
                            "<p>Blijf even beschikbaar. Sommige deelnemers vinden het moeilijk om "
                            "anderen om een reactie te vragen. Bedenk samen wie ze kunnen vragen "
                            "en hoe ze de vraag stellen.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 4,
                "title": "Wat wil ik?",
                "learning_goal": (
                    "Je hebt een bucketlist voor alle terreinen van je leven en je weet welke "
                    "wensen met werk te maken hebben."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag is de vraag <strong>Wat wil ik?</strong></p><p>Je "
                            "weet nu beter wat je belangrijk vindt en wat je kunt. Nu mag je "
                            "dromen. Je maakt een bucketlist: een lijst met dingen die je nog "
                            "wilt doen, leren of bereiken. Niet alleen in werk, maar op alle "
                            "terreinen van je leven.</p><p><strong>Leerdoel:</strong> je hebt een "
                            "bucketlist en je weet welke wensen met werk te maken hebben.</p>"
                        ),
                        "leader_notes": (
                            "<p>Zet de lijn van de JobGroup even op een rij: wat vind ik "
                            "belangrijk (stap 1), wat houdt me tegen (stap 2), wat kan ik (stap "
                            "3) en nu: wat wil ik? Dat helpt deelnemers de samenhang te "
                            "zien.</p><p>Een luchtige start werkt goed: 'Wat wilde je worden toen "
                            "je tien was?'</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week vroeg je twee mensen waar je goed in bent. Vertel in "
                            "drietallen:</p><ul><li>Wie heb je het gevraagd?</li><li>Wat zeiden "
                            "ze? Verraste het je?</li><li>Welk voorbeeld van een competentie heb "
                            "je opgeschreven?</li></ul><p>Geef elkaar een compliment over wat je "
                            "hoort.</p>"
                        ),
                        "leader_notes": (
                            "<p>Drietallen geven meer variatie in reacties dan tweetallen. Tijd: "
                            "15 minuten in drietallen, 5 minuten in de groep.</p><p>Heeft iemand "
                            "het niet durven vragen? Maak daar geen punt van. Laat de anderen in "
                            "het drietal dan zelf vertellen wat zij in hem zien. Zo krijgt hij "
                            "het antwoord alsnog.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Dromen en werkelijkheid gaan samen. We praten in de groep over "
                            "deze vragen:</p><ul><li>Wat wilde je vroeger worden? Wat is daar nog "
                            "van over?</li><li>Wat is voor jou een droombaan? En wat is een "
                            "broodbaan?</li><li>Kan een broodbaan een stap zijn naar je "
                            "droom?</li></ul><p>Een oud-deelnemer droomde ervan om huisarts te "
                            "worden. Dat werd het niet, maar hij ontdekte dat hij vooral mensen "
                            "wil helpen. Die wens kon hij ook op een andere manier waarmaken.</p>"
                        ),
                        "leader_notes": (
                            "<p>Neem dromen serieus en schiet ze niet af. Realisme komt later "
                            "vanzelf, in stap 5 en 6. Vraag naar de kern van de droom: 'Wat trekt "
                            "je daarin?' Die kern past vaak in meer beroepen.</p><p>Let op: voor "
                            "sommige deelnemers zijn dromen pijnlijk, bijvoorbeeld door ziekte, "
                            "een scheiding of een beroep dat ze niet meer kunnen uitoefenen. Geef "
                            "ruimte aan dat verlies zonder het gesprek zwaar te maken.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [],
                    },
                    "deepening": {
                        "text": (
                            "<p>Maak je bucketlist. Schrijf bij elk terrein van je leven op wat "
                            "je nog wilt doen, leren of bereiken. Groot of klein, alles "
                            "mag.</p><p>Daarna zet je een streep onder de drie wensen die voor "
                            "jou het belangrijkst zijn. Bespreek ze met je gesprekspartner: welke "
                            "wens heeft met werk te maken?</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijdsverdeling: 15 minuten schrijven, 10 minuten in tweetallen, 5 "
                            "minuten in de groep.</p><p>Zet zachte muziek aan tijdens het "
                            "schrijven als dat past; het maakt het minder schools. Loop rond of "
                            "kijk mee en help wie vastloopt met een vraag per terrein.</p><p>In "
                            "de groepsronde noemt iedereen één wens, als hij dat wil. Vraag niet "
                            "naar de hele lijst: die is persoonlijk.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Mijn bucketlist: wat wil je nog doen, leren of bereiken op "
                                    "elk terrein van je leven?"
                                ),
                                "categories": [
                                    "Werk en loopbaan",
                                    "Leren en ontwikkelen",
                                    "Familie en relaties",
                                    "Vrienden en sociale contacten",
                                    "Gezondheid en sport",
                                    "Wonen en geld",
                                    "Vrije tijd en hobby's",
                                    "Iets betekenen voor anderen",
                                ],
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel je gesprekspartner welke drie wensen voor jou het "
                                    "belangrijkst zijn. Zoek samen: welke wens heeft met werk te "
                                    "maken, en welk werk past daarbij? Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke drie wensen zijn voor jou het belangrijkst? Welke "
                                    "heeft met werk te maken?"
                                ),
                                "help": (
                                    "Schrijf ook op welk werk of welke richting je "
                                    "gesprekspartner erbij bedacht."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Thuis ga je verder met wat je wilt.</p><ol><li>Beschrijf je "
                            "ideale werkdag. Hoe laat begin je? Waar ben je? Met wie werk je? Wat "
                            "doe je? Wanneer ga je tevreden naar huis?</li><li>Kies één wens van "
                            "je bucketlist. Maak hem klein: wat kun je de komende maand al "
                            "doen?</li></ol><p>Volgende week ga je vacatures zoeken. Neem daarom "
                            "ook een paar functies in gedachten die passen bij je ideale "
                            "werkdag.</p>"
                        ),
                        "leader_notes": (
                            "<p>De ideale werkdag maakt abstracte wensen concreet. Volgende week "
                            "is het de basis voor het zoeken naar vacatures, ook voor een "
                            "mededeelnemer.</p><p>Kondig alvast aan dat deelnemers volgende week "
                            "in tweetallen voor elkaar gaan zoeken. Dan is dat geen "
                            "verrassing.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Beschrijf je ideale werkdag.",
                                "help": (
                                    "Vertel het als een verhaal, van het begin tot het eind van "
                                    "de dag. Wat doe je, met wie en waar?"
                                ),
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke wens van je bucketlist kies je, en wat is je eerste "
                                    "kleine stap deze maand?"
                                ),
                                "help": (
                                    "Maak de stap zo klein dat hij echt lukt. Bijvoorbeeld: "
                                    "iemand bellen, iets opzoeken of je ergens voor aanmelden."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Wat heb je vandaag ontdekt over wat je wilt? Was "
                            "dromen makkelijk of moeilijk voor je?</p>"
                        ),
                        "leader_notes": (
                            "<p>Een mooie vraag voor de ronde is: 'Welke wens van iemand anders "
                            "heeft jou geraakt of geïnspireerd?' Dat versterkt de band in de "
                            "groep.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee zinnen. Denk aan iets wat je over jezelf "
                                    "ontdekte, een tip van een ander of iets wat je deze week "
                                    "wilt proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog vragen? Bijvoorbeeld over een opleiding, "
                            "vrijwilligerswerk of het huiswerk? Stel ze gerust.</p>"
                        ),
                        "leader_notes": (
                            "<p>Komen er vragen over opleidingen, omscholing of regels van de "
                            "uitkering? Beantwoord alleen wat je zeker weet. Verwijs voor de rest "
                            "naar de klantmanager van de gemeente, het UWV of de coördinator. De "
                            "JobGroup werkt naast de officiële instanties, niet in hun "
                            "plaats.</p><p>Maak voor volgende week alvast de tweetallen voor het "
                            "zoeken naar vacatures. Mix mensen met verschillende "
                            "achtergronden.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 5,
                "title": "Wat zoek ik?",
                "learning_goal": (
                    "Je kunt passende vacatures vinden en lezen, voor jezelf en voor een "
                    "mededeelnemer."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag wordt het concreet: <strong>Wat zoek "
                            "ik?</strong></p><p>Je gaat op zoek naar vacatures. Niet alleen voor "
                            "jezelf, maar ook voor een mededeelnemer. Voor een ander zoeken is "
                            "vaak makkelijker, en je ziet zo ook vacatures die je voor jezelf "
                            "over het hoofd zou zien.</p><p><strong>Leerdoel:</strong> je kunt "
                            "passende vacatures vinden en lezen, voor jezelf en voor een "
                            "mededeelnemer.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vertel waar dit vandaag naartoe gaat: eerst je ideale werkdag "
                            "bespreken, dan zoeken en lezen, en aan het eind krijgt iedereen een "
                            "mededeelnemer om voor te zoeken.</p><p>Neem een paar geprinte "
                            "vacatures mee voor wie geen laptop heeft of op een telefoon "
                            "werkt.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week beschreef je je ideale werkdag. Lees hem voor aan je "
                            "gesprekspartner. Je gesprekspartner luistert en bedenkt drie "
                            "functies of werkplekken die erbij passen.</p><p>Vertel ook welke "
                            "kleine stap van je bucketlist je hebt gezet.</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 14 minuten in tweetallen, 6 minuten in de groep. Vraag in "
                            "de groep: 'Welke functie noemde je gesprekspartner waar je zelf niet "
                            "aan had gedacht?'</p><p>Wie het huiswerk niet maakte, vertelt zijn "
                            "ideale werkdag ter plekke. Dat lukt bijna altijd, en niemand hoeft "
                            "zich te verantwoorden.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke functies of werkplekken bedacht je gesprekspartner bij "
                                    "jouw ideale werkdag?"
                                ),
                                "help": (
                                    "Schrijf ze op, ook als je ze eerst vreemd vindt. Volgende "
                                    "week kun je ze gebruiken."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Waar vind je vacatures? We maken samen een lijst. Denk "
                            "aan:</p><ul><li>werk.nl en andere vacaturesites;</li><li>de websites "
                            "van bedrijven en "
                            "organisaties;</li><li>uitzendbureaus;</li><li>LinkedIn;</li><li>de "
                            "bibliotheek en het werkplein;</li><li>je netwerk: veel banen komen "
                            "nooit in een advertentie.</li></ul><p>Hoe lees je een vacature? Let "
                            "op het verschil tussen eisen en wensen. Je hoeft niet aan alles te "
                            "voldoen. Werkgevers zoeken lang niet altijd iemand die alles al "
                            "kan.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers eerst zelf vertellen waar ze zoeken en wat werkt. "
                            "Vul daarna aan. Wie ervaring heeft met uitzendbureaus of open "
                            "sollicitaties kan die delen.</p><p>Bespreek ook de teleurstelling "
                            "van vacatures waarop nooit antwoord komt. Dat is herkenbaar en maakt "
                            "het bespreekbaar.</p><p>Tip: veel deelnemers reageren alleen als ze "
                            "aan 100 procent van de eisen voldoen. Moedig aan om ook te reageren "
                            "bij 60 tot 70 procent, met een goede motivatie.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [],
                    },
                    "deepening": {
                        "text": (
                            "<p>Kies samen met je gesprekspartner één vacature. Lees hem "
                            "goed.</p><ol><li>Noem eerst vijf positieve punten van deze "
                            "vacature.</li><li>Noem daarna drie punten die je lastig "
                            "vindt.</li><li>Aan welke eisen voldoe je al? Wat kun je nog "
                            "leren?</li></ol><p>Eerst de positieve punten: dat is met opzet. "
                            "Negatieve punten vinden we meestal vanzelf.</p>"
                        ),
                        "leader_notes": (
                            "<p>Deze volgorde (eerst vijf positieve, dan drie negatieve punten) "
                            "komt uit de coachingpraktijk. Ze buigt het denken om in een "
                            "positieve richting. Houd je er streng aan, ook als deelnemers meteen "
                            "met bezwaren beginnen.</p><p>Tijdsverdeling: 5 minuten een vacature "
                            "kiezen, 20 minuten in tweetallen, 5 minuten in de groep. Loop rond "
                            "of schuif online aan in de gespreksruimtes.</p><p>Heeft iemand "
                            "weinig ervaring met zoeken op internet? Koppel hem aan iemand die "
                            "dat wel heeft, en laat hem zelf de knoppen bedienen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Kies samen één vacature. Noem eerst samen vijf positieve "
                                    "punten. Noem daarna drie punten die je lastig vindt. "
                                    "Bespreek aan welke eisen ieder van jullie al voldoet."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke vacature heb je bekeken? Noem de vijf positieve punten."
                                ),
                                "help": (
                                    "Schrijf de functie en het bedrijf op, en dan de vijf "
                                    "positieve punten."
                                ),
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke drie punten vind je lastig, en wat kun je daaraan doen?"
                                ),
                                "help": (
                                    "Bijvoorbeeld: een eis die je nog niet haalt. Kun je die "
                                    "leren, of kun je laten zien dat je iets vergelijkbaars al "
                                    "kunt?"
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Deze week zoek je vacatures voor jezelf en voor je mededeelnemer. "
                            "De leiders vertellen met wie je een tweetal vormt.</p><ol><li>Zoek "
                            "drie vacatures voor jezelf.</li><li>Zoek twee vacatures voor je "
                            "mededeelnemer. Denk aan wat je over hem of haar hebt gehoord in de "
                            "JobGroup.</li><li>Schrijf bij elke vacature waarom hij "
                            "past.</li><li>Stuur de vacatures voor je mededeelnemer vóór de "
                            "volgende bijeenkomst door.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Maak de tweetallen voordat de bijeenkomst eindigt. Vraag of "
                            "deelnemers hun telefoonnummer of e-mailadres met elkaar willen "
                            "delen. Doe dat alleen met toestemming van beide; het is hun eigen "
                            "keuze.</p><p>Is de groep oneven? Maak dan één drietal, waarin "
                            "iedereen voor de volgende zoekt.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Welke vacatures heb je gevonden? Schrijf per vacature de "
                                    "functie, het bedrijf en waarom hij past."
                                ),
                                "categories": [
                                    "Vacatures voor mezelf",
                                    "Vacatures voor mijn mededeelnemer",
                                ],
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Hoe was het om een vacature eerst positief te "
                            "lezen? Wat vind je van het idee om voor een ander te zoeken?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag ook naar twijfels over het zoeken voor een ander ('Wat als "
                            "ik niets vind?'). Stel gerust: meedenken telt al, ook als de "
                            "vacature niet perfect is.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee zinnen. Denk aan iets wat je over jezelf "
                                    "ontdekte, een tip van een ander of iets wat je deze week "
                                    "wilt proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog vragen over vacatures, uitzendbureaus of het huiswerk? "
                            "Stel ze gerust.</p>"
                        ),
                        "leader_notes": (
                            "<p>Controleer dat iedereen weet voor wie hij zoekt en hoe hij de "
                            "vacatures doorstuurt. Geef deelnemers zonder computer de tip om in "
                            "de bibliotheek te zoeken; daar is vaak ook hulp.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 6,
                "title": "Hoe vind ik?",
                "learning_goal": (
                    "Je hebt een netwerkkaart gemaakt en je weet welke drie mensen je deze week "
                    "benadert en wat je hun vraagt."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag is de vraag <strong>Hoe vind "
                            "ik?</strong></p><p>Veel mensen vinden werk via hun netwerk. Je "
                            "netwerk is groter dan je denkt: familie, buren, oud-collega's, de "
                            "ouders op het schoolplein, je teamgenoten bij de sport of de mensen "
                            "die je in de kerk of moskee ziet. En ook deze groep is een "
                            "netwerk.</p><p>Netwerken is niet bedelen om een baan. Het is vragen "
                            "om informatie, advies of een naam.</p><p><strong>Leerdoel:</strong> "
                            "je hebt een netwerkkaart gemaakt en je weet welke drie mensen je "
                            "deze week benadert.</p>"
                        ),
                        "leader_notes": (
                            "<p>Veel deelnemers vinden netwerken eng of opdringerig. Benoem dat "
                            "meteen en zet er een ander beeld tegenover: mensen vinden het "
                            "meestal fijn om te helpen, als de vraag klein en duidelijk "
                            "is.</p><p>Een persoonlijk voorbeeld werkt goed: hoe kwam jij zelf "
                            "ooit via via aan een baan of een klus?</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week zocht je vacatures voor jezelf en voor je "
                            "mededeelnemer. Ga bij elkaar zitten en bespreek:</p><ul><li>Welke "
                            "vacatures vond je voor de ander? Waarom passen ze?</li><li>Welke "
                            "vacature van de ander spreekt je aan?</li><li>Hoe was het om voor "
                            "iemand anders te zoeken?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 12 minuten in tweetallen, 8 minuten in de groep. Vraag in "
                            "de groep: 'Wie kreeg een vacature waar hij zelf nooit naar had "
                            "gekeken?'</p><p>Heeft iemand niets gevonden voor zijn mededeelnemer? "
                            "Beschaam hem niet. Zoek in de groep twee minuten samen en laat zien "
                            "hoe je zoekt. Zo leert iedereen ervan en krijgt de ander toch "
                            "vacatures.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke vacature van je mededeelnemer spreekt je aan, en waarom?"
                                ),
                                "help": (
                                    "Schrijf de functie en het bedrijf op en wat je eraan aantrekt."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Wat denk je als je het woord netwerken hoort? We praten erover in "
                            "de groep:</p><ul><li>Heb je ooit iets gekregen via via: een baan, "
                            "een klus, een woning, een tip?</li><li>Wat vind je moeilijk aan "
                            "iemand iets vragen?</li><li>Hoe kun je een vraag stellen die "
                            "makkelijk is om 'ja' op te zeggen?</li></ul><p>Voorbeelden van goede "
                            "vragen:</p><ul><li>'Ken jij iemand die in de zorg werkt? Ik wil "
                            "graag eens horen hoe dat werk is.'</li><li>'Mag ik je een paar "
                            "vragen stellen over jouw werk?'</li><li>'Als je een vacature ziet in "
                            "de logistiek, wil je aan mij denken?'</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers zelf de vraag 'Heb jij werk voor mij?' ombouwen "
                            "tot een kleinere vraag. Oefen er een paar hardop; dat mag "
                            "luchtig.</p><p>Vertel dat ook LinkedIn een netwerk is. In stap 7 "
                            "komt LinkedIn uitgebreider aan bod.</p><p>Let op: sommige deelnemers "
                            "hebben een klein of kwetsbaar netwerk, bijvoorbeeld na een "
                            "verhuizing of een scheiding. Laat zien dat vrijwilligerswerk, een "
                            "cursus of deze groep ook een netwerk zijn.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [],
                    },
                    "deepening": {
                        "text": (
                            "<p>Maak je netwerkkaart. Schrijf bij elke groep de mensen die je "
                            "kent. Ook mensen die je niet vaak spreekt, tellen mee.</p><p>Kies "
                            "daarna drie mensen die je deze week benadert. Bedenk per persoon een "
                            "kleine, duidelijke vraag.</p><p>Tot slot helpen we elkaar: noem in "
                            "de groep welke sector je zoekt. Kent iemand een persoon die daar "
                            "werkt?</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijdsverdeling: 12 minuten netwerkkaart maken, 10 minuten in "
                            "drietallen vragen voorbereiden, 8 minuten netwerkronde in de "
                            "groep.</p><p>De netwerkronde is het sterkste deel: 'Ik zoek werk in "
                            "de groenvoorziening. Wie kent iemand?' Noteer de contacten die uit "
                            "de groep komen. Herinner eraan dat gegevens van anderen alleen met "
                            "hun toestemming worden doorgegeven.</p><p>Humor helpt bij de "
                            "spanning: 'Oom Henk van de verjaardag telt ook mee.'</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Mijn netwerkkaart: wie ken je? Schrijf per groep namen of "
                                    "omschrijvingen op."
                                ),
                                "categories": [
                                    "Familie",
                                    "Vrienden en buren",
                                    "Oud-collega's en oud-werkgevers",
                                    "School, opleiding en cursus",
                                    "Sport, vereniging, kerk of moskee",
                                    "Vrijwilligerswerk",
                                    "Online, zoals LinkedIn",
                                    "Mensen uit de JobGroup",
                                ],
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel in je drietal welke drie mensen je wilt benaderen. "
                                    "Bedenk samen voor elk van hen een kleine, duidelijke vraag. "
                                    "Oefen de vraag hardop."
                                ),
                                "grouping": "threes",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke drie mensen ga je deze week benaderen, en wat vraag je "
                                    "hun?"
                                ),
                                "help": (
                                    "Schrijf per persoon de naam en je vraag op. Hoe neem je "
                                    "contact op: bellen, een bericht of langsgaan?"
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Thuis ga je aan de slag met je netwerk en je "
                            "cv.</p><ol><li>Benader de drie mensen die je hebt gekozen. Schrijf "
                            "op hoe het ging.</li><li>Bekijk je cv. Staan je competenties en "
                            "voorbeelden uit stap 3 erin? Pas het aan of maak een nieuw "
                            "cv.</li><li>Heb je nog geen LinkedIn-profiel? Maak er een aan. De "
                            "bibliotheek kan je daarbij helpen.</li></ol><p>Neem je cv mee naar "
                            "de volgende bijeenkomst.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bied hulp aan bij het cv voor wie het nodig heeft, bijvoorbeeld "
                            "een kort moment voor de volgende bijeenkomst of via een maatje. Het "
                            "cv wordt in stap 7 in tweetallen bekeken en daarna opgeslagen in het "
                            "werkboek.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wie heb je benaderd, wat vroeg je en wat leverde het op?"
                                ),
                                "help": (
                                    "Schrijf per persoon kort op hoe het ging. Ook 'nog geen "
                                    "antwoord' is een uitkomst. Wat doe je nu als volgende stap?"
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Is je netwerk groter dan je dacht? Welke tip of "
                            "welk contact uit de groep ga je gebruiken?</p>"
                        ),
                        "leader_notes": (
                            "<p>Benoem wat de groep vandaag voor elkaar heeft gedaan: contacten "
                            "en ideeën gedeeld. Dat is netwerken. Zeg het hardop; het geeft "
                            "trots.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee zinnen. Denk aan iets wat je over jezelf "
                                    "ontdekte, een tip van een ander of iets wat je deze week "
                                    "wilt proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog vragen over netwerken, LinkedIn of je cv? Stel ze "
                            "gerust.</p>"
                        ),
                        "leader_notes": (
                            "<p>Kondig aan dat de volgende bijeenkomst de laatste is. Vraag "
                            "deelnemers hun cv mee te nemen en na te denken over hoe ze zich in "
                            "één minuut voorstellen.</p><p>Bespreek met je medeleider en de "
                            "coördinator welke deelnemers na de JobGroup een maatje willen of "
                            "nodig hebben.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 7,
                "title": "Dit ben ik!",
                "learning_goal": (
                    "Je kunt jezelf in één minuut voorstellen, je hebt een bijgewerkt cv en een "
                    "actieplan voor de komende maanden."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de laatste bijeenkomst: <strong>Dit ben "
                            "ik!</strong></p><p>Alles wat je de afgelopen weken ontdekte, komt "
                            "vandaag samen: wat je belangrijk vindt, wat je kunt, wat je wilt en "
                            "wat je zoekt. Je leert jezelf goed te laten zien: in een korte "
                            "pitch, in je cv, op LinkedIn en op social "
                            "media.</p><p><strong>Leerdoel:</strong> je kunt jezelf in één minuut "
                            "voorstellen, je hebt een bijgewerkt cv en een actieplan voor de "
                            "komende maanden.</p>"
                        ),
                        "leader_notes": (
                            "<p>Dit is een volle bijeenkomst. Houd de tijd strak, vooral bij het "
                            "oefenen van de pitch. Laat het schema zien zodat deelnemers weten "
                            "dat er tijd is voor afscheid aan het eind.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week benaderde je drie mensen uit je netwerk. Vertel in de "
                            "groep:</p><ul><li>Wie heb je benaderd en hoe ging het?</li><li>Wat "
                            "leverde het op: een tip, een naam, een gesprek?</li><li>Wat was "
                            "spannend, en hoe deed je het toch?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Doe een snelle ronde, ongeveer een minuut per persoon. Vier elke "
                            "stap, ook kleine: een bericht sturen kan voor iemand een grote "
                            "drempel zijn geweest.</p><p>Wie nog niemand benaderde, vraag je: "
                            "'Wie zou je als eerste willen benaderen?' Zo blijft het vooruit "
                            "gericht, zonder schuld.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat leverde het benaderen van je netwerk op?",
                                "help": (
                                    "Schrijf op wat je hoorde of kreeg, en wie je als volgende "
                                    "wilt benaderen."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Hoe laat je op papier en online zien wie je bent? Enkele "
                            "tips:</p><ul><li><strong>Cv:</strong> houd het kort, hoogstens twee "
                            "kantjes. Begin met een kort profiel van drie zinnen. Noem je "
                            "competenties met een voorbeeld. Zet ook vrijwilligerswerk en "
                            "mantelzorg erin.</li><li><strong>LinkedIn:</strong> gebruik een "
                            "vriendelijke, duidelijke foto. Schrijf in je kopregel wat je zoekt "
                            "en wat je kunt. Nodig mensen uit je netwerk uit om een connectie met "
                            "je te maken.</li><li><strong>Social media:</strong> werkgevers "
                            "zoeken je op. Zoek jezelf ook eens op internet. Staat er iets wat je "
                            "liever niet laat zien? Pas je privacy-instellingen "
                            "aan.</li></ul><p>Bekijk daarna in tweetallen elkaars cv. Geef één "
                            "compliment en één tip.</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 10 minuten tips bespreken, 15 minuten cv's in "
                            "tweetallen.</p><p>De regel 'één compliment en één tip' houdt de "
                            "reacties veilig. Let erop dat de tip concreet is: 'zet je voorbeeld "
                            "van de voetbalclub bij je profiel', niet 'het kan "
                            "beter'.</p><p>Heeft iemand geen cv bij zich? Laat hem meekijken bij "
                            "een ander en samen het profiel van drie zinnen schrijven. Dat is het "
                            "begin van zijn cv.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Bekijk elkaars cv. Geef één compliment en één concrete tip. "
                                    "Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Stel je voor: je staat in een lift met iemand die bij jouw "
                            "droomwerkgever werkt. Je hebt één minuut. Wat zeg je? Dat is een "
                            "elevatorpitch.</p><p>Een goede pitch beantwoordt vier "
                            "vragen:</p><ol><li>Wie ben je?</li><li>Wat kun je? Noem één "
                            "competentie met een voorbeeld.</li><li>Wat zoek je?</li><li>Wat "
                            "vraag je aan de ander?</li></ol><p>Schrijf je pitch op. Oefen hem "
                            "daarna in een drietal: één persoon vertelt, één luistert, één let op "
                            "de tijd en geeft tips. Wissel steeds van rol.</p><p>Dezelfde pitch "
                            "gebruik je in een sollicitatiegesprek bij de vraag: 'Vertel eens "
                            "iets over jezelf.'</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijdsverdeling: 10 minuten schrijven, 15 minuten oefenen in "
                            "drietallen (drie rondes van vijf minuten), 5 minuten: twee of drie "
                            "vrijwilligers doen hun pitch voor de groep.</p><p>Zenuwen horen "
                            "erbij. Laat deelnemers de pitch twee keer doen: de tweede keer gaat "
                            "bijna altijd beter, en dat merken ze zelf. Applaus na elke pitch in "
                            "de groep helpt.</p><p>Dwing niemand om voor de hele groep te "
                            "spreken. Een pitch in het drietal is ook geslaagd.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Schrijf je elevatorpitch: wie ben je, wat kun je, wat zoek "
                                    "je en wat vraag je?"
                                ),
                                "help": (
                                    "Gebruik vier tot zes korte zinnen. Je moet hem in één minuut "
                                    "kunnen zeggen. Lees hem hardop voor en pas hem aan tot hij "
                                    "klinkt zoals jij praat."
                                ),
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen je pitch in een drietal. Eén persoon vertelt, één "
                                    "luistert, één let op de tijd en geeft één compliment en één "
                                    "tip. Wissel daarna van rol, tot iedereen aan de beurt is "
                                    "geweest."
                                ),
                                "grouping": "threes",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Dit is je laatste huiswerk van de JobGroup.</p><ol><li>Verwerk de "
                            "tip die je kreeg in je cv.</li><li>Sla je bijgewerkte cv op in je "
                            "werkboek.</li><li>Werk je LinkedIn-profiel bij met je profieltekst "
                            "en een foto.</li><li>Oefen je pitch nog drie keer hardop, "
                            "bijvoorbeeld voor de spiegel of voor iemand thuis.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit hoe het uploaden werkt en welke bestanden kunnen: pdf, "
                            "Word (docx) of OpenDocument (odt), tot 5 MB. Bied hulp aan, "
                            "eventueel via een maatje of de bibliotheek.</p><p>Zeg erbij dat het "
                            "cv in het werkboek alleen zichtbaar is voor de deelnemer en zijn "
                            "begeleiders.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "upload",
                                "prompt": "Sla hier je bijgewerkte cv op.",
                                "file_types": ["pdf", "docx", "odt"],
                                "max_mb": 5,
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug op vandaag én op de hele JobGroup. Wat wilde je "
                            "in de eerste bijeenkomst halen? Is dat gelukt? Kijk ook nog eens "
                            "naar je vierkant van tevredenheid uit stap 1.</p><p>Maak tot slot je "
                            "persoonlijke actieplan. Schrijf drie doelen op, met bij elk doel je "
                            "volgende stap en een datum.</p>"
                        ),
                        "leader_notes": (
                            "<p>Lees de verwachtingen uit de eerste bijeenkomst voor, zonder "
                            "namen, of laat deelnemers hun eigen antwoord teruglezen. Dat maakt "
                            "de groei zichtbaar.</p><p>Geef 10 minuten voor het actieplan. Let op "
                            "dat de stappen klein en concreet zijn, met een echte datum. "
                            "'Solliciteren' is geen stap; 'dinsdag de vacature bij het "
                            "zorgcentrum beantwoorden' wel.</p><p>Vraag deelnemers of ze hun "
                            "actieplan met hun maatje of klantmanager willen delen. Dat is hun "
                            "keuze.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag en van de hele JobGroup?",
                                "help": (
                                    "Denk terug aan wat je in de eerste bijeenkomst wilde halen. "
                                    "Wat is er veranderd?"
                                ),
                            },
                            {
                                "type": "action_plan",
                                "prompt": (
                                    "Mijn persoonlijke actieplan: welke drie doelen stel je "
                                    "jezelf, wat is je volgende stap en wanneer zet je die?"
                                ),
                                "rows": 3,
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Dit is de laatste bijeenkomst, maar je staat er niet alleen voor. "
                            "Na de JobGroup kun je verder met een maatje, die je één op één helpt "
                            "bij solliciteren en netwerken. Vraag de leiders of de coördinator "
                            "wat er op jouw locatie nog meer is, zoals workshops of een "
                            "netwerkcafé.</p><p>Wil je contact houden met de groep? Spreek dat "
                            "samen af. Heb je nog vragen? Stel ze gerust.</p>"
                        ),
                        "leader_notes": (
                            "<p>Neem de tijd voor afscheid. Bedank iedereen persoonlijk voor iets "
                            "wat hij in de groep heeft gebracht.</p><p>Leg uit hoe de nazorg "
                            "werkt: wie een maatje wil, wordt via de coördinator gekoppeld. Geef "
                            "de namen van deelnemers die een maatje willen door aan de "
                            "coördinator.</p><p>Een groepsapp na afloop is alleen een goed idee "
                            "als iedereen instemt. De leiders hoeven er niet in te "
                            "zitten.</p><p>Evalueer na afloop met je medeleider en geef je "
                            "ervaringen door aan de coördinator.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
        ],
    },
]
