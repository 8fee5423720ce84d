"""Volunteer courses, edition 1 of each course workbook.

Maatjestraining, JobGroupleiderstraining, Coördinatortraining, the extra day on coaching migrants
and Hercertificering. Written from the source documents in shared/seeds; the format is
described in FORMAT.md.
"""

PROGRAMMES = [
    {
        "slug": "maatjestraining",
        "title": "Maatjestraining",
        "kind": "volunteer_course",
        "variant": "buddy_training",
        "intro": (
            "<p>In de Maatjestraining leer je hoe je als maatje één werkzoekende begeleidt op "
            "weg naar werk. Je werkt naast officiële instanties, niet in hun plaats.</p><p>De "
            "training heeft drie bijeenkomsten. Je leert over je rol en de eerste kennismaking, "
            "over het coachende gesprek en de zeven stappen van de methode, en over helpen "
            "zonder over te nemen, doorverwijzen, nazorg en afsluiten.</p><p>Na de training en "
            "de toetsen ontvang je een certificaat. Het is 24 maanden geldig.</p>"
        ),
        "target_group": (
            "Voor vrijwilligers die één werkzoekende persoonlijk willen begeleiden als maatje. "
            "Ervaring met coaching of HR helpt, maar is niet nodig."
        ),
        "certifies_role": "buddy",
        "certificate_valid_months": 24,
        "steps": [
            {
                "number": 1,
                "title": "Jouw rol als maatje en de eerste kennismaking",
                "learning_goal": (
                    "Je kunt uitleggen wat je rol als maatje is naast officiële instanties en "
                    "je kunt een eerste kennismaking voorbereiden en voeren."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de Maatjestraining. Als maatje begeleid je één "
                            "werkzoekende op weg naar werk. Je bent een steuntje in de rug: je "
                            "luistert, denkt mee, moedigt aan en helpt iemand zelf stappen te "
                            "zetten.</p><p>De training heeft drie bijeenkomsten met dezelfde "
                            "opbouw als een JobGroup. Zo ervaar je zelf hoe de methode "
                            "werkt.</p><p><strong>Leerdoel van vandaag:</strong> je legt uit "
                            "wat je rol als maatje is en je bereidt een eerste kennismaking "
                            "voor.</p>"
                        ),
                        "leader_notes": (
                            "<p>Stel jezelf voor en vertel kort over je eigen ervaring als "
                            "maatje of trainer. Leg uit dat de groep maximaal twaalf deelnemers "
                            "heeft en dat het certificaat volgt na drie bijeenkomsten en drie "
                            "behaalde toetsjes (70% goed). Het certificaat is 24 maanden "
                            "geldig; daarna volgt hercertificering.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Voor deze training heb je nagedacht over je motivatie. Vertel "
                            "in één minuut: waarom wil je maatje worden en wat breng je mee? "
                            "Denk aan je werkervaring, je netwerk en je levenservaring.</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe een ronde van één minuut per persoon. Veel vrijwilligers "
                            "hebben ervaring in HR, coaching of leidinggeven; anderen komen uit "
                            "heel andere hoeken. Benoem dat die verschillen waardevol zijn: "
                            "verschillende ervaringen en netwerken helpen verschillende "
                            "werkzoekenden.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Waarom wil je maatje worden? Wat breng je mee aan "
                                    "ervaring, netwerk en kwaliteiten?"
                                ),
                                "help": (
                                    "Schrijf drie tot vijf zinnen. Je kunt dit later gebruiken "
                                    "om jezelf voor te stellen aan een werkzoekende."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Naast, niet in de plaats van.</strong> Als maatje werk "
                            "je aanvullend op officiële instanties zoals de gemeente, het UWV "
                            "en re-integratiebedrijven. Je neemt hun werk niet over en je werkt "
                            "met hen samen waar dat kan.</p><p>De werkzoekende kiest zelf voor "
                            "een maatje; niemand wordt 'gestuurd'. Dat maakt jouw positie "
                            "bijzonder. Je beslist niet over een uitkering en je controleert "
                            "niemand. Daardoor durven mensen je vaak meer te "
                            "vertellen.</p><p>Wat doe je wel en wat niet?</p><ul><li>Wel: "
                            "luisteren, structuur bieden, meedenken, aanmoedigen, helpen met cv "
                            "en netwerk.</li><li>Niet: beslissen over een uitkering, juridisch "
                            "of financieel advies geven, problemen van de werkzoekende "
                            "overnemen.</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Vraag de groep om voorbeelden: wat verwachten werkzoekenden "
                            "soms van een maatje dat niet bij de rol past? Denk aan geld lenen, "
                            "brieven van de gemeente afhandelen of een baan regelen. Bespreek "
                            "hoe je daar vriendelijk maar duidelijk nee tegen "
                            "zegt.</p><p>Benoem ook de afhankelijkheid die werkzoekenden bij "
                            "instanties voelen. Omdat jij geen instantie bent, krijg je vaak "
                            "meer vertrouwen. Dat vraagt zorgvuldigheid.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Zet op een rij wat bij jouw rol hoort en wat je aan "
                                    "anderen overlaat."
                                ),
                                "categories": [
                                    "Dit doe ik als maatje",
                                    "Dit laat ik aan anderen over",
                                ],
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Het eerste bezoek.</strong> Je coördinator heeft de "
                            "koppeling gemaakt. Nu sta je voor de deur bij je eerste "
                            "werkzoekende. Spannend, voor jullie allebei.</p><ul><li>Spreek af "
                            "op een plek waar de werkzoekende zich prettig voelt: thuis, in de "
                            "bibliotheek of in een café. Een wandeling kan ook.</li><li>Begin "
                            "niet met vacatures. Luister eerst: wie is deze persoon, wat heeft "
                            "hij of zij meegemaakt, hoe is de situatie thuis?</li><li>Vertel "
                            "wat je wel en niet kunt doen. Vraag wat de werkzoekende van jou "
                            "verwacht.</li><li>Maak praktische afspraken: hoe vaak jullie "
                            "elkaar zien, hoe jullie contact houden en wat het eerste doel "
                            "is.</li><li>Is er een klik? Een goede band is de basis van alles. "
                            "Lukt het niet, bespreek het dan met je coördinator. Dat is geen "
                            "mislukking.</li></ul><p><strong>Privacy: wat je hoort, blijft bij "
                            "jou.</strong> Werkzoekenden vertellen je over hun geld, "
                            "gezondheid, gezin en tegenslagen. Dat zijn gevoelige "
                            "persoonsgegevens. Deel ze niet zonder toestemming, ook niet in een "
                            "appgroep. Schrijf alleen op wat nodig is, bewaar het veilig en "
                            "ruim het op als de begeleiding stopt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vertel het verhaal van Rob: 61 jaar, na 40 jaar trouwe dienst "
                            "ontslagen door een faillissement, zonder de juiste diploma's en "
                            "zonder rijbewijs. Zijn maatje luisterde eerst en gebruikte later "
                            "de 'achteruitkijkspiegel': laat achter wat je niet meer nodig hebt "
                            "en neem je sterke kanten mee.</p><p>Laat daarna in drietallen "
                            "oefenen: maatje, werkzoekende en waarnemer. Geef 3 x 8 minuten. De "
                            "waarnemer let op: luistert het maatje eerst? Worden er afspraken "
                            "gemaakt? Sluit af met vijf minuten over privacy: wat mag je wel en "
                            "niet delen met je coördinator?</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen een eerste kennismaking in drietallen: maatje, "
                                    "werkzoekende en waarnemer. De waarnemer let op luisteren, "
                                    "vragen en afspraken. Wissel na elke ronde van rol."
                                ),
                                "grouping": "threes",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: je gaat voor het eerst op bezoek bij Rob (61). Hij "
                                    "verloor na 40 jaar zijn baan door een faillissement en "
                                    "twijfelt of hij nog kansen heeft. Hoe begin je het "
                                    "gesprek, en welke drie vragen stel je?"
                                ),
                                "help": (
                                    "Denk aan een open begin, echte interesse en afspraken aan "
                                    "het eind."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht.</strong> Schrijf op hoe je jezelf "
                            "voorstelt bij een eerste bezoek, in hooguit vijf zinnen. Lees ook "
                            "de zeven stappen van de methode in het werkboek van de JobGroup. "
                            "In de volgende bijeenkomst gaan we daarmee verder.</p>"
                        ),
                        "leader_notes": (
                            "<p>Wijs op het werkboek en leg uit waar het te vinden is. Vraag "
                            "deelnemers om bij het lezen één stap te kiezen die hen het meest "
                            "aanspreekt.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Hoe stel je jezelf voor aan een werkzoekende? Schrijf het "
                                    "op in hooguit vijf zinnen."
                                ),
                                "help": (
                                    "Vertel wie je bent, waarom je maatje bent en wat de ander "
                                    "van je kan verwachten. Houd het eenvoudig en persoonlijk."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de korte toets "
                            "over je rol, het eerste bezoek en privacy. Schrijf daarna op wat "
                            "je meeneemt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef vijf minuten voor de toets en bespreek daarna de "
                            "antwoorden waar vragen over zijn. Wie niet slaagt, kan de toets "
                            "opnieuw maken. Sluit af met een ronde: wat neem je mee?</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": (
                                            "Hoe verhoudt een maatje zich tot officiële "
                                            "instanties zoals de gemeente en het UWV?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Het maatje werkt aanvullend, naast die "
                                                    "instanties."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Het maatje neemt de begeleiding van de "
                                                    "instantie over."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Het maatje controleert of de werkzoekende "
                                                    "zijn verplichtingen nakomt."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Wie beslist of een werkzoekende een maatje krijgt?"
                                        ),
                                        "options": [
                                            {
                                                "text": "De werkzoekende kiest daar zelf voor.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "De gemeente stuurt de werkzoekende.",
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Het maatje zoekt zelf een werkzoekende uit."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Na het eerste bezoek merk je dat er geen klik is. "
                                            "Wat doe je?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Je bespreekt het met je coördinator.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Je stopt zonder iets te zeggen.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Je gaat door en zegt er niets over.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Een werkzoekende vertelt je over zijn schulden. "
                                            "Wat doe je met die informatie?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Je gaat er vertrouwelijk mee om en "
                                                    "bespreekt het alleen met zijn toestemming."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Je vertelt het aan een mogelijke "
                                                    "werkgever, zodat die er rekening mee "
                                                    "houdt."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Je zet het in de appgroep van de maatjes "
                                                    "om advies te vragen."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Wat doe je bij een eerste bezoek liever niet?",
                                        "options": [
                                            {
                                                "text": "Meteen met vacatures komen.",
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Luisteren naar het verhaal van de "
                                                    "werkzoekende."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": "Afspreken hoe vaak jullie elkaar zien.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Waar let je op bij "
                                    "je eerste bezoek?"
                                ),
                                "help": (
                                    "Schrijf één of twee dingen op die je zeker wilt doen of "
                                    "juist wilt vermijden."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over je rol of over privacy? "
                            "Stel ze nu of mail ze naar de trainer.</p>"
                        ),
                        "leader_notes": (
                            "<p>Noteer vragen die je niet direct kunt beantwoorden en kom er de "
                            "volgende keer op terug. Let op deelnemers die twijfelen of de rol "
                            "bij hen past; een kort gesprek na afloop helpt.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 2,
                "title": "Het coachende gesprek en de zeven stappen",
                "learning_goal": (
                    "Je kunt een coachend gesprek voeren met open vragen, luisteren, doorvragen "
                    "en samenvatten, en je kunt de zeven stappen van de methode gebruiken."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom terug. Vandaag oefen je het belangrijkste gereedschap "
                            "van een maatje: <strong>het coachende gesprek</strong>. En je "
                            "leert de zeven stappen van de methode "
                            "kennen.</p><p><strong>Leerdoel:</strong> je voert een gesprek met "
                            "open vragen, luisteren, doorvragen en samenvatten, en je gebruikt "
                            "de zeven stappen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Begin met een vraag aan de groep: wat was het beste gesprek dat "
                            "je ooit met iemand had? Wat deed de ander toen? Meestal komen "
                            "luisteren en echte interesse naar voren. Dat is de brug naar "
                            "vandaag.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Lees in tweetallen elkaars voorstelling voor. Hoe komt het "
                            "over? Is het persoonlijk en duidelijk? Geef elkaar één top en één "
                            "tip.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 2 x 5 minuten. Vraag daarna twee mensen om hun "
                            "voorstelling in de groep voor te lezen. Wie de opdracht niet "
                            "maakte, doet het nu mondeling; geen verwijten.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Lees je voorstelling voor aan je partner. Je partner geeft "
                                    "één top en één tip. Wissel daarna om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>De zeven stappen van de methode.</strong> Werkzoekenden "
                            "in een JobGroup en met een maatje werken met dezelfde zeven "
                            "stappen:</p><ol><li><strong>Wie ben ik?</strong> Wat vind ik "
                            "belangrijk in werk en waar wil ik groeien?</li><li><strong>Wat "
                            "belemmert mij?</strong> Belemmerende overtuigingen ombuigen tot "
                            "helpende.</li><li><strong>Wat kan ik?</strong> Competenties "
                            "herkennen in concrete situaties.</li><li><strong>Wat wil "
                            "ik?</strong> Een bucketlist voor alle delen van je "
                            "leven.</li><li><strong>Wat zoek ik?</strong> Vacatures zoeken, "
                            "voor jezelf en voor een ander.</li><li><strong>Hoe vind "
                            "ik?</strong> Je netwerk gebruiken en samen "
                            "uitbreiden.</li><li><strong>Dit ben ik!</strong> Jezelf "
                            "presenteren: pitch, cv, LinkedIn en sociale media.</li></ol><p>Als "
                            "maatje gebruik je de stappen als leidraad, niet als vast schema. "
                            "De ene werkzoekende heeft veel tijd nodig bij 'Wat belemmert "
                            "mij?', de ander wil snel naar 'Hoe vind ik?'. Volg de "
                            "werkzoekende, maar houd het doel in het oog.</p>"
                        ),
                        "leader_notes": (
                            "<p>Loop de stappen kort langs en vraag bij elke stap welke "
                            "oefening uit het werkboek de deelnemers kennen. Benadruk: veel "
                            "onderzoek laat zien dat het grootste deel van coachen in de "
                            "relatie zit, niet in de methode. De methode geeft houvast; de "
                            "relatie maakt het verschil.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Bij welke stap verwacht je dat een werkzoekende de meeste "
                                    "steun van jou nodig heeft? Waarom?"
                                ),
                                "help": (
                                    "Denk aan je eigen ervaring en aan de verhalen die je in "
                                    "deze training hoorde."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Het coachende gesprek.</strong> Vijf vaardigheden staan "
                            "centraal:</p><ul><li><strong>Open vragen stellen:</strong> begin "
                            "met wat, hoe of wanneer. 'Wat vond je het leukst aan je vorige "
                            "baan?' in plaats van 'Vond je het "
                            "leuk?'</li><li><strong>Luisteren:</strong> laat stiltes bestaan en "
                            "vul ze niet meteen op.</li><li><strong>Doorvragen:</strong> 'Wat "
                            "bedoel je precies?', 'Kun je een voorbeeld "
                            "geven?'</li><li><strong>Samenvatten:</strong> 'Als ik je goed "
                            "begrijp, ...' Zo weet je of je het goed hebt begrepen en geef je "
                            "het gesprek richting.</li><li><strong>Geduld:</strong> de weg naar "
                            "werk gaat vaak met horten en "
                            "stoten.</li></ul><p><strong>Belemmerende overtuigingen en "
                            "tegenslag.</strong> Gedachten als 'op mijn leeftijd wil niemand "
                            "mij' houden mensen tegen. Vraag door: 'Waar merk je dat aan?' Zoek "
                            "samen naar een helpende gedachte die de werkzoekende ook gelooft. "
                            "Na een afwijzing helpt het om eerst te kijken wat wel goed ging en "
                            "wat je ervan leert.</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe eerst een kort voorbeeldgesprek met een vrijwilliger uit de "
                            "groep. Laat daarna in drietallen oefenen: maatje, werkzoekende en "
                            "waarnemer (3 x 10 minuten). De waarnemer telt open en gesloten "
                            "vragen en let op samenvatten.</p><p>Tip uit de praktijk: vraag bij "
                            "een vacature eerst naar vijf positieve punten en pas daarna naar "
                            "drie negatieve. Dat buigt het denken in een positieve "
                            "richting.</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen een coachend gesprek in drietallen. De werkzoekende "
                                    "kiest een echte of bedachte twijfel over werk. Het maatje "
                                    "gebruikt open vragen, doorvragen en samenvatten. De "
                                    "waarnemer geeft feedback. Wissel na elke ronde van rol."
                                ),
                                "grouping": "threes",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: een werkzoekende zegt: 'Ik heb al veertig keer "
                                    "gesolliciteerd. Op mijn leeftijd wil niemand mij nog.' "
                                    "Schrijf drie open vragen op die je kunt stellen, en een "
                                    "helpende gedachte die je samen zou kunnen vinden."
                                ),
                                "help": (
                                    "Begin niet met tegenspreken. Onderzoek eerst de gedachte "
                                    "en de ervaringen erachter."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht.</strong> Oefen deze week in gewone "
                            "gesprekken met open vragen en samenvatten, bijvoorbeeld thuis of "
                            "op je werk. Schrijf ook een belemmerende gedachte van jezelf op en "
                            "buig hem om tot een helpende gedachte.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit dat het ombuigen van een eigen gedachte helpt om te "
                            "voelen hoe het voor een werkzoekende is. Niemand hoeft zijn "
                            "gedachte in de groep te delen.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke belemmerende gedachte heb jij zelf weleens? Hoe buig "
                                    "je hem om tot een helpende gedachte?"
                                ),
                                "help": (
                                    "Kies iets kleins, bijvoorbeeld over een taak die je "
                                    "spannend vindt."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de toets over het "
                            "coachende gesprek en de zeven stappen. Schrijf daarna op wat je "
                            "meeneemt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek de toets kort na. Vraag in de slotronde welke "
                            "vaardigheid iedereen het lastigst vindt; vaak is dat geduld of "
                            "stiltes laten vallen.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": "Welke vraag is een open vraag?",
                                        "options": [
                                            {
                                                "text": (
                                                    "Wat vond je het leukst aan je vorige baan?"
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Vond je je vorige baan leuk?",
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Je wilt toch zeker weer in de zorg werken?"
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Waarom vat je samen in een coachend gesprek?",
                                        "options": [
                                            {
                                                "text": (
                                                    "Om na te gaan of je de ander goed hebt "
                                                    "begrepen."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Om het gesprek overzicht en richting te geven."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Om het gesprek snel af te ronden.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Wat is de eerste stap van de methode?",
                                        "options": [
                                            {
                                                "text": "Wie ben ik?",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Wat zoek ik?",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Dit ben ik!",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Een werkzoekende zegt: 'Ik ben te oud, niemand wil "
                                            "mij.' Wat is een goede reactie?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Doorvragen ('Waar merk je dat aan?') en "
                                                    "samen zoeken naar een helpende gedachte."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Zeggen dat het onzin is.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Snel over iets anders beginnen.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Na een afwijzing wil je werkzoekende stoppen met "
                                            "solliciteren. Wat helpt?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Samen bekijken wat wel goed ging en wat "
                                                    "hij ervan kan leren."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Zelf de volgende sollicitatiebrief "
                                                    "schrijven om tijd te winnen."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Voorstellen om een paar maanden niets te doen."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Welke "
                                    "gespreksvaardigheid wil je verder oefenen?"
                                ),
                                "help": (
                                    "Noem één vaardigheid en een moment waarop je hem deze week "
                                    "gaat oefenen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over de oefeningen of de "
                            "methode? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Houd het kort. Noteer wie moeite had met de oefeningen en geef "
                            "die persoon de volgende keer een rol als maatje in het "
                            "rollenspel.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 3,
                "title": "Zelfredzaamheid, netwerk, doorverwijzen en afsluiten",
                "learning_goal": (
                    "Je kunt helpen zonder over te nemen, samen een netwerk opbouwen, op tijd "
                    "doorverwijzen en een begeleiding afsluiten met nazorg en een eindgesprek."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de laatste bijeenkomst. Vandaag gaat het over helpen "
                            "zonder over te nemen, over netwerken, over doorverwijzen als "
                            "problemen zich opstapelen en over een goed einde: nazorg en een "
                            "eindgesprek.</p><p><strong>Leerdoel:</strong> je helpt zonder over "
                            "te nemen, bouwt samen een netwerk op, verwijst op tijd door en "
                            "sluit een begeleiding goed af.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vertel dat na vandaag het certificaat volgt als de toetsen "
                            "gehaald zijn. Leg uit hoe de coördinator daarna de eerste "
                            "koppeling maakt.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Hoe ging het oefenen met open vragen en samenvatten? Wat merkte "
                            "je bij anderen? En hoe was het om een eigen belemmerende gedachte "
                            "om te buigen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe een korte ronde. Haal twee of drie ervaringen op en koppel "
                            "ze aan het werk als maatje: 'Zo voelt het ook voor een "
                            "werkzoekende.'</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat merkte je toen je in gewone gesprekken open vragen "
                                    "stelde en samenvatte?"
                                ),
                                "help": (
                                    "Schrijf een voorbeeld op: wat vroeg je, en hoe reageerde "
                                    "de ander?"
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Helpen zonder over te nemen.</strong> Je wilt graag "
                            "helpen. Maar wie te veel zelf doet, schaadt de zelfredzaamheid en "
                            "het zelfvertrouwen van de werkzoekende: 'Zie je wel, ik kan het "
                            "niet zonder hulp.' Te weinig doen is ook een risico: zonder succes "
                            "zakt de moed. Zoek dus de balans.</p><ul><li>Laat de werkzoekende "
                            "zelf zijn cv en brieven schrijven; jij leest mee en geeft "
                            "feedback.</li><li>Doe iets één keer voor en laat het daarna zelf "
                            "doen.</li><li>De werkzoekende beslist zelf wat hij met jouw tips "
                            "doet.</li><li>Vier kleine successen: die zijn nodig om door te "
                            "gaan.</li></ul><p><strong>Netwerk opbouwen.</strong> Veel mensen "
                            "vinden werk via hun netwerk. Help de werkzoekende zijn netwerk in "
                            "kaart te brengen: buren, de sportclub, de kerk of de moskee, "
                            "oud-collega's. Je mag ook je eigen netwerk gebruiken, maar "
                            "introduceer: regel niets achter de rug van de werkzoekende om.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vertel het voorbeeld van een werkzoekende die zijn maatje op de "
                            "koffie vroeg, updates stuurde en zelf besliste welke feedback hij "
                            "gebruikte. Zijn maatje gaf de tip om zijn buitenlandse afkomst als "
                            "kracht te noemen in zijn brief. Zo helpt een maatje zonder over te "
                            "nemen.</p><p>Vraag de groep: wanneer is het wel goed om iets voor "
                            "te doen?</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: je werkzoekende vraagt of jij haar "
                                    "sollicitatiebrief wilt schrijven, 'want jij kunt dat veel "
                                    "beter'. Wat zeg je, en hoe help je haar zonder het over te "
                                    "nemen?"
                                ),
                                "help": "Denk aan voordoen, samen doen en zelf laten doen.",
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Doorverwijzen als problemen zich opstapelen.</strong> "
                            "Vaak spelen er meer problemen tegelijk: schulden, gezondheid, "
                            "huisvesting, taal of zorgen thuis. Je bent maatje, geen "
                            "hulpverlener. Verwijs op tijd door, samen met je coördinator en "
                            "altijd met toestemming van de werkzoekende. Denk "
                            "aan:</p><ul><li>schuldhulp, bijvoorbeeld SchuldHulpMaatje of de "
                            "gemeente;</li><li>het wijkteam of maatschappelijk "
                            "werk;</li><li>het taalhuis in de "
                            "bibliotheek;</li><li>Vluchtelingenwerk;</li><li>de huisarts bij "
                            "lichamelijke of psychische klachten.</li></ul><p><strong>Nazorg en "
                            "afsluiten.</strong> Heeft de werkzoekende werk gevonden? Dan "
                            "begint de nazorg. Problemen worden vaak pas na een tijd zichtbaar. "
                            "Neem zelf contact op, bijvoorbeeld rond twee maanden na de start. "
                            "Nazorg duurt meestal zes tot twaalf maanden; het is een overstap, "
                            "geen blijvende steun.</p><p>Sluit af met een "
                            "<strong>eindgesprek</strong>: kijk samen terug, vier wat bereikt "
                            "is en vertel waar de werkzoekende terecht kan als er later "
                            "problemen zijn. Laat de begeleiding niet stilletjes uitdoven.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat de deelnemers eerst in drietallen de twee casussen "
                            "hieronder bespreken (15 minuten). Bespreek ze daarna in de groep. "
                            "Zorg dat iedereen weet waar de lokale sociale kaart te vinden is; "
                            "de coördinator kent de partners.</p><p>Oefen daarna kort een "
                            "eindgesprek in tweetallen (2 x 5 minuten).</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: je werkzoekende mist steeds afspraken. Na een tijd "
                                    "vertelt hij dat er brieven van deurwaarders liggen die hij "
                                    "niet durft te openen. Wat doe je, en wat laat je aan "
                                    "anderen over?"
                                ),
                                "help": "Denk aan je rol, aan toestemming en aan je coördinator.",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: je werkzoekende is drie maanden aan het werk. Het "
                                    "gaat goed, maar jullie spreken elkaar steeds minder. Hoe "
                                    "zorg je voor een goede afsluiting?"
                                ),
                                "help": (
                                    "Denk aan het moment, de inhoud van het eindgesprek en wat "
                                    "je afspreekt voor later."
                                ),
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen in tweetallen het begin van een eindgesprek. Het "
                                    "maatje kijkt samen terug, noemt wat goed ging en vertelt "
                                    "waar de werkzoekende later terecht kan. Wissel om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Na de training.</strong> Je bent bijna klaar om te "
                            "beginnen. Zet de belangrijkste afspraken voor jezelf op een rij: "
                            "wat vraag je aan je coördinator, hoe bereid je het eerste bezoek "
                            "voor en hoe zorg je voor jezelf?</p><p>Je certificaat is 24 "
                            "maanden geldig. Daarna volg je een hercertificering.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit hoe de eerste koppeling verloopt en welke "
                            "contactmomenten en intervisie er op de locatie zijn. Moedig aan om "
                            "de coördinator snel te bellen bij twijfel.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "action_plan",
                                "prompt": (
                                    "Wat ga je doen om goed te beginnen als maatje? Schrijf je "
                                    "doelen, de eerste stap en een datum op."
                                ),
                                "rows": 3,
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de laatste toets. "
                            "Kijk daarna terug op de hele training.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek de toets na. Doe een slotronde: welk beeld van een "
                            "goed maatje neem je mee? Bedank de groep.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": (
                                            "Je werkzoekende vraagt of jij zijn cv wilt "
                                            "schrijven. Wat doe je?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Je helpt hem het zelf te schrijven en "
                                                    "geeft feedback."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Je schrijft het cv zelf, dat gaat sneller."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": "Je weigert om te helpen.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Wanneer verwijs je door naar een "
                                            "partnerorganisatie, zoals schuldhulp?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Als problemen zich opstapelen die buiten "
                                                    "jouw rol vallen."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Nooit, een maatje lost alles zelf op.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Alleen als een werkgever erom vraagt.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Hoe lang duurt nazorg meestal?",
                                        "options": [
                                            {
                                                "text": "Zes tot twaalf maanden.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Eén week.",
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Zonder einde, zolang de werkzoekende dat wil."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Waarom sluit je af met een eindgesprek?",
                                        "options": [
                                            {
                                                "text": (
                                                    "Het geeft duidelijkheid en ruimte om samen "
                                                    "terug te kijken."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Je kunt vertellen waar de werkzoekende "
                                                    "later terecht kan bij problemen."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Zo hoef je daarna nooit meer contact te "
                                                    "hebben."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Wanneer neem je na het vinden van werk contact op?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Zelf, bijvoorbeeld rond twee maanden na de "
                                                    "start, en eerder als het nodig is."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Alleen als de werkzoekende zelf belt.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Pas na een jaar.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit de Maatjestraining? Wat wil je als "
                                    "maatje zeker doen, en wat wil je vermijden?"
                                ),
                                "help": (
                                    "Schrijf het zo op dat je het over een jaar nog eens kunt "
                                    "teruglezen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Laatste vragen over de training, het "
                            "certificaat of je eerste koppeling? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag om een korte evaluatie van de training. Geef door aan de "
                            "coördinatoren wie geslaagd is en wie extra aandacht nodig "
                            "heeft.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                },
            },
        ],
    },
    {
        "slug": "jobgroupleiderstraining",
        "title": "JobGroupleiderstraining",
        "kind": "volunteer_course",
        "variant": "leader_training",
        "intro": (
            "<p>In de JobGroupleiderstraining leer je een JobGroup leiden: een groep van "
            "hooguit twaalf werkzoekenden, samen met een co-leider.</p><p>De training heeft "
            "drie bijeenkomsten. Je leert de vaste opbouw van een bijeenkomst en de tijd te "
            "bewaken, een veilige sfeer te maken, huiswerk te bespreken zonder iemand te "
            "beschamen en online te leiden. Voordat je zelf een groep leidt, draai je één keer "
            "mee in een groep van een ander.</p><p>Na de training en de toetsen ontvang je een "
            "certificaat. Het is 24 maanden geldig.</p>"
        ),
        "target_group": (
            "Voor vrijwilligers die een JobGroup willen leiden. Voor de JobGroup ZZP is "
            "affiniteit met ondernemen gewenst."
        ),
        "certifies_role": "leader",
        "certificate_valid_months": 24,
        "steps": [
            {
                "number": 1,
                "title": "De JobGroup en de vaste opbouw",
                "learning_goal": (
                    "Je kunt een bijeenkomst voorbereiden volgens de vaste opbouw, de taken "
                    "verdelen met je co-leider en de tijd bewaken."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de JobGroupleiderstraining. Als JobGroupleider "
                            "begeleid je samen met een co-leider een groep van hooguit twaalf "
                            "werkzoekenden. In drie bijeenkomsten leer je hoe je dat "
                            "doet.</p><p><strong>Leerdoel van vandaag:</strong> je bereidt een "
                            "bijeenkomst voor volgens de vaste opbouw, verdeelt de taken met je "
                            "co-leider en bewaakt de tijd.</p>"
                        ),
                        "leader_notes": (
                            "<p>Deze training heeft zelf dezelfde opbouw als een JobGroup. Zeg "
                            "dat hardop en wijs tijdens de bijeenkomst op de overgangen tussen "
                            "de onderdelen. Zo leren de deelnemers de opbouw door hem te "
                            "ervaren.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Je hebt nagedacht over je eigen ervaring met groepen. Vertel "
                            "kort: wanneer heb jij een groep geleid of een groep meegemaakt "
                            "waar je veel leerde? Wat maakte dat goed?</p>"
                        ),
                        "leader_notes": (
                            "<p>Ronde van één minuut per persoon. Schrijf de genoemde "
                            "succesfactoren op; ze komen vandaag en in bijeenkomst 2 terug.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke ervaring heb je met het leiden van groepen? Wat "
                                    "maakte een groep voor jou goed of juist lastig?"
                                ),
                                "help": (
                                    "Denk aan je werk, vrijwilligerswerk, een vereniging of een "
                                    "cursus."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Wat is een JobGroup?</strong> Een kleine groep van "
                            "hooguit twaalf werkzoekenden die wekelijks bij elkaar komt, fysiek "
                            "of online. De groep is gemengd: jong en oud, verschillende "
                            "achtergronden. Die verscheidenheid draagt bij aan het succes. Er "
                            "zijn drie soorten:</p><ul><li>de gewone JobGroup met zeven "
                            "stappen;</li><li>iWIN (Ik Werk in Nederland) met tien stappen, "
                            "voor migranten die meer tijd nodig hebben voor taal en "
                            "cultuur;</li><li>de JobGroup ZZP met tien thema's, voor "
                            "(oud-)zelfstandigen.</li></ul><p><strong>Samen met je "
                            "co-leider.</strong> Bij voorkeur leiden twee mensen de groep. "
                            "Spreek per onderdeel af wie leidt en wie de tijd bewaakt, de chat "
                            "volgt en let op deelnemers die stil worden. Wissel af, zodat "
                            "jullie allebei zichtbaar zijn.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek de voordelen van twee leiders: de een leidt, de ander "
                            "observeert. Bij uitval is er een vervanger. Vraag ook naar "
                            "valkuilen: elkaar in de rede vallen, verschillende boodschappen "
                            "geven. Tip: spreek vooraf af hoe je elkaar een seintje geeft.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": (
                                    "Welke taken wil jij het liefst doen als co-leider terwijl "
                                    "de ander leidt?"
                                ),
                                "options": [
                                    "De tijd bewaken",
                                    "De chat volgen bij een online groep",
                                    "Letten op deelnemers die stil worden",
                                    "Aantekeningen maken voor het napraten",
                                    "De techniek regelen bij een online groep",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>De vaste opbouw.</strong> Elke bijeenkomst duurt "
                            "ongeveer twee uur en heeft zeven "
                            "onderdelen:</p><ol><li><strong>Welkom en leerdoel</strong> (10 "
                            "minuten): welkom, de stap en het "
                            "leerdoel.</li><li><strong>Huiswerk bespreken</strong> (20 "
                            "minuten).</li><li><strong>Groepsgesprek</strong> (25 "
                            "minuten).</li><li><strong>Verdieping</strong> (30 minuten): een "
                            "oefening, vaak in tweetallen.</li><li><strong>Huiswerk</strong> "
                            "(10 minuten): de nieuwe opdracht uitleggen.</li><li><strong>Wat "
                            "hebben we geleerd</strong> (15 minuten): wat neem je "
                            "mee?</li><li><strong>Napraten</strong> (10 minuten): open "
                            "vragen.</li></ol><p><strong>Tips om de tijd te "
                            "bewaken:</strong></p><ul><li>Gebruik een timer en kondig de "
                            "laatste minuut aan.</li><li>Zet vragen die niet passen op een "
                            "'parkeerplaats' voor het napraten.</li><li>Loopt het uit? Kort "
                            "liever het napraten in dan 'Wat hebben we geleerd'.</li><li>Begin "
                            "op tijd, ook als nog niet iedereen er is.</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Laat in tweetallen een draaiboek maken voor stap 1 van de "
                            "gewone JobGroup (20 minuten). Gebruik het werkboek. Bespreek "
                            "daarna twee draaiboeken in de groep.</p><p>Let erop dat de tijden "
                            "optellen tot ongeveer 120 minuten en dat bij elk onderdeel staat "
                            "wie leidt. De bovenstaande tijden zijn een richtlijn; het werkboek "
                            "geeft per stap de tijden aan.</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Maak samen met je partner een draaiboek voor stap 1. "
                                    "Schrijf per onderdeel op wat je doet, wie het leidt en "
                                    "hoeveel minuten het duurt."
                                ),
                                "categories": [
                                    "Welkom en leerdoel",
                                    "Huiswerk bespreken",
                                    "Groepsgesprek",
                                    "Verdieping",
                                    "Huiswerk",
                                    "Wat hebben we geleerd",
                                    "Napraten",
                                ],
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vergelijk je draaiboek met dat van een ander tweetal. "
                                    "Kloppen de tijden? Is duidelijk wie wat doet?"
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: meedraaien voorbereiden.</strong> "
                            "Voordat je zelf een groep leidt, draai je één keer mee in een "
                            "JobGroup die door een ander wordt geleid. Maak een afspraak met je "
                            "coördinator. Schrijf op waar je tijdens het meedraaien op wilt "
                            "letten.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit dat meedraaien verplicht is voordat iemand zelf een "
                            "groep leidt. Het is de beste manier om de opbouw, de sfeer en het "
                            "tempo in het echt te zien.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Waar wil je op letten als je meedraait in een JobGroup van "
                                    "een ander?"
                                ),
                                "help": (
                                    "Denk aan de tijd, de sfeer, hoe het huiswerk besproken "
                                    "wordt en hoe de leiders samenwerken."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de toets over de "
                            "JobGroup en de vaste opbouw. Schrijf daarna op wat je "
                            "meeneemt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek de toets kort na. Laat zien dat je zelf de tijd "
                            "bewaakt: rond dit onderdeel op tijd af, als voorbeeld voor de "
                            "deelnemers.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": (
                                            "Hoeveel deelnemers heeft een JobGroup hooguit?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Twaalf.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Twintig.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Zes.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Hoeveel leiders heeft een JobGroup bij voorkeur?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Twee: een leider en een co-leider.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Eén.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Vier.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Welk onderdeel komt direct na 'Welkom en leerdoel'?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Huiswerk bespreken.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Groepsgesprek.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Napraten.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Het groepsgesprek loopt uit. Wat doe je?",
                                        "options": [
                                            {
                                                "text": (
                                                    "Je rondt af en zet de overige vragen op de "
                                                    "parkeerplaats voor het napraten."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Je slaat 'Wat hebben we geleerd' over.",
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Je laat iedereen uitpraten en gaat een "
                                                    "half uur langer door."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Wat doe je voordat je zelf een JobGroup leidt?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Je draait één keer mee in een groep die "
                                                    "door een ander wordt geleid."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Niets, de training is genoeg.",
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Je leidt eerst alleen een groep van drie "
                                                    "deelnemers."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Welk onderdeel van "
                                    "de opbouw vind je het spannendst om te leiden?"
                                ),
                                "help": "Schrijf op waarom, en wat je zou helpen.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over de opbouw of het "
                            "meedraaien? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Noteer wie al een datum voor meedraaien heeft en help de "
                            "anderen op weg.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 2,
                "title": "Een veilige groep: sfeer, huiswerk en feedback",
                "learning_goal": (
                    "Je kunt zorgen voor een veilige, ontspannen sfeer, het huiswerk bespreken "
                    "zonder iemand te beschamen en een groepsgesprek, tweetallen en feedback "
                    "goed begeleiden."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom. Een JobGroup werkt alleen als mensen zich veilig "
                            "voelen. Dan durven ze te vertellen over tegenslag en twijfel. "
                            "Vandaag leer je hoe je die sfeer maakt en "
                            "bewaakt.</p><p><strong>Leerdoel:</strong> je zorgt voor een "
                            "veilige, ontspannen sfeer, bespreekt huiswerk zonder iemand te "
                            "beschamen en begeleidt gesprekken en feedback.</p>"
                        ),
                        "leader_notes": (
                            "<p>Begin zelf met iets luchtigs, bijvoorbeeld een grappige "
                            "ervaring van een eerste bijeenkomst. Zo laat je zien wat je "
                            "bedoelt met een ontspannen sfeer.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Waar wil je op letten als je meedraait? Heb je al een afspraak? "
                            "Vertel het in drietallen en vul elkaars lijstje aan.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef tien minuten in drietallen en vijf minuten voor een korte "
                            "ronde. Wie nog geen afspraak heeft, spreekt af wanneer hij of zij "
                            "de coördinator belt.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel elkaar waar je op wilt letten tijdens het "
                                    "meedraaien. Vul elkaars lijstje aan met één punt."
                                ),
                                "grouping": "threes",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Een veilige, ontspannen sfeer.</strong> Wat "
                            "helpt?</p><ul><li>Afspraken aan het begin: wat hier gezegd wordt, "
                            "blijft hier; we laten elkaar uitpraten; we zijn op "
                            "tijd.</li><li>Echte interesse in iedere deelnemer; noem mensen bij "
                            "hun naam.</li><li>Humor: een grap maakt het lichter. Komt iemand "
                            "te laat, dan zegt een leider lachend: 'Ah, boete!' Iedereen lacht, "
                            "en de boodschap is toch duidelijk.</li><li>Een groep met eigen "
                            "normen: als de groep op tijd komen normaal vindt, hoef jij het "
                            "niet steeds te eisen.</li><li>Complimenten: die werken sterker dan "
                            "kritiek.</li></ul><p>Het succes staat of valt met de groep: is er "
                            "een klik, herkenning en respect? Jij zorgt voor de "
                            "voorwaarden.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag de groep naar eigen ervaringen: wanneer voelde jij je "
                            "veilig in een groep en wanneer niet? Maak er twee lijstjes van. "
                            "Let op: humor is nooit lachen óm iemand.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat doe jij om een groep zich veilig en ontspannen te "
                                    "laten voelen? Noem twee dingen die bij jou passen."
                                ),
                                "help": (
                                    "Denk aan hoe je begint, hoe je reageert op fouten en hoe "
                                    "je humor gebruikt."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Huiswerk bespreken zonder te beschamen.</strong> Niet "
                            "iedereen maakt het huiswerk. Vraag niet 'Waarom heb je het niet "
                            "gedaan?', maar 'Wat heb je er wel over bedacht?'. Zo doet iedereen "
                            "mee en verliest niemand zijn gezicht.</p><p><strong>Het "
                            "groepsgesprek.</strong> Gebruik rondes, open vragen en "
                            "samenvattingen. Geef stille deelnemers een kans ('Wat denk jij, "
                            "Fatima?') en begrens veelpraters vriendelijk ('Dank je. Ik wil ook "
                            "graag de anderen horen.').</p><p><strong>Tweetallen en "
                            "feedback.</strong> Geef een duidelijke opdracht met tijd. Feedback "
                            "geef je met een top (wat was sterk) en een tip (wat kan beter). "
                            "Begin altijd met de top.</p>"
                        ),
                        "leader_notes": (
                            "<p>Oefen met een rollenspel van het huiswerk bespreken (25 "
                            "minuten). Eén deelnemer is leider, de anderen spelen deelnemers. "
                            "Geef een paar deelnemers in het geheim een rol: iemand die het "
                            "huiswerk niet maakte, iemand die het woord blijft nemen, iemand "
                            "die emotioneel wordt. Wissel twee keer van leider.</p><p>Bespreek "
                            "daarna wat werkte. Bespreek ook de casus hieronder.</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Rollenspel: één deelnemer leidt het huiswerk bespreken. De "
                                    "anderen spelen deelnemers, sommigen met een geheime rol. "
                                    "Bespreek na afloop wat de leider goed deed en wat beter "
                                    "kan."
                                ),
                                "grouping": "group",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: bij het huiswerk bespreken blijkt dat vier van de "
                                    "tien deelnemers het huiswerk niet hebben gemaakt. Eén van "
                                    "hen zegt: 'Ik zie het nut er niet van.' Hoe reageer je, "
                                    "zonder iemand te beschamen?"
                                ),
                                "help": (
                                    "Denk aan wat je tegen de hele groep zegt en wat tegen deze "
                                    "deelnemer."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht.</strong> Kies een onderdeel uit een stap "
                            "van het werkboek, bijvoorbeeld een groepsgesprek of een "
                            "verdieping. Schrijf op hoe je het zou leiden: je openingsvraag, de "
                            "opdracht voor tweetallen en hoe je de feedback begeleidt. In de "
                            "volgende bijeenkomst leid je dat onderdeel vijf minuten "
                            "online.</p>"
                        ),
                        "leader_notes": (
                            "<p>Verdeel de onderdelen, zodat niet iedereen hetzelfde kiest. De "
                            "oefening in bijeenkomst 3 is online, ook als de training fysiek "
                            "is; spreek dat af.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welk onderdeel kies je en hoe ga je het leiden? Schrijf je "
                                    "openingsvraag en je opdracht op."
                                ),
                                "help": "Houd het kort: vijf minuten is snel voorbij.",
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de toets over "
                            "sfeer, huiswerk en feedback. Schrijf daarna op wat je "
                            "meeneemt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek de toets na en sluit af met een ronde met één "
                            "compliment per persoon.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": (
                                            "Een deelnemer heeft het huiswerk niet gemaakt. Wat "
                                            "is een goede reactie?"
                                        ),
                                        "options": [
                                            {
                                                "text": "'Wat heb je er wel over bedacht?'",
                                                "correct": True,
                                            },
                                            {
                                                "text": "'Waarom heb je het weer niet gedaan?'",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Je slaat hem over zonder iets te zeggen.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Wat werkt meestal het sterkst om gewenst gedrag te "
                                            "versterken?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Een compliment over wat goed gaat.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Kritiek op wat misgaat.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Niets zeggen.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Hoe geef je feedback in een JobGroup?",
                                        "options": [
                                            {
                                                "text": "Eerst wat sterk is (top), daarna één tip.",
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Alleen verbeterpunten, dat is het eerlijkst."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": "Zoveel mogelijk punten tegelijk.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Een deelnemer neemt steeds het woord. Wat doe je?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Je bedankt hem, vat samen en geeft het "
                                                    "woord aan een ander."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Je laat hem praten, dan is de tijd gevuld."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Je zet online zijn microfoon uit zonder "
                                                    "iets te zeggen."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Wat ga je doen als "
                                    "niemand zijn huiswerk heeft gemaakt?"
                                ),
                                "help": "Schrijf een zin op die je dan kunt zeggen.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over het rollenspel of de "
                            "opdracht? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag hoe het rollenspel voelde voor wie een lastige rol "
                            "speelde. Sluit luchtig af.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 3,
                "title": "Online leiden en groepen met een eigen vraag",
                "learning_goal": (
                    "Je kunt een JobGroup online of hybride leiden en je weet waar je op let "
                    "bij een JobGroup ZZP, bij iWIN en bij het afsluiten van een groep."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de laatste bijeenkomst. Veel JobGroups zijn online "
                            "of hybride: een deel is in de zaal, een deel thuis. Vandaag oefen "
                            "je met online leiden. Je kijkt ook naar groepen met een eigen "
                            "vraag, zoals de JobGroup ZZP en "
                            "iWIN.</p><p><strong>Leerdoel:</strong> je leidt een JobGroup "
                            "online of hybride en weet waar je op let bij bijzondere groepen en "
                            "bij het afsluiten.</p>"
                        ),
                        "leader_notes": (
                            "<p>Zorg dat je zelf alles goed hebt getest: geluid, scherm delen "
                            "en aparte groepsruimtes. Begin tien minuten eerder, zodat "
                            "deelnemers met technische vragen geholpen kunnen worden.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Welk onderdeel heb je voorbereid? Vertel in één zin wat je gaat "
                            "doen. In de verdieping leid je het vijf minuten.</p>"
                        ),
                        "leader_notes": (
                            "<p>Maak een volgorde en een tijdschema. Vraag wie nog hulp nodig "
                            "heeft bij de voorbereiding; koppel die persoon aan iemand die al "
                            "klaar is.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat vond je lastig bij het voorbereiden van je onderdeel?"
                                ),
                                "help": "Denk aan de tijd, de opdracht of de techniek.",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Online en hybride leiden.</strong> Waar let je "
                            "op?</p><ul><li>Test vooraf met deelnemers die weinig ervaring "
                            "hebben met de computer. Sommigen hebben alleen een telefoon; maak "
                            "opdrachten die ook daarop lukken.</li><li>Spreek af: camera aan "
                            "als het kan, microfoon uit als je niet praat.</li><li>Noem mensen "
                            "bij hun naam; online is het moeilijker om te zien wie iets wil "
                            "zeggen.</li><li>Gebruik de chat voor korte antwoorden en aparte "
                            "groepsruimtes voor tweetallen.</li><li>Houd blokken korter en "
                            "wissel vaker af; online ben je sneller moe.</li><li>Hybride: de "
                            "een leidt de zaal, de ander let op de mensen "
                            "thuis.</li></ul><p>Let op wie uitvalt. Online meedoen is lastig "
                            "voor wie minder digitaal vaardig is. Bel die persoon na en zoek "
                            "samen een oplossing.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag naar ervaringen met online vergaderen: wat werkt, wat "
                            "irriteert? Laat deelnemers zelf de functies van het platform "
                            "proberen: scherm delen, de chat en aparte groepsruimtes "
                            "openen.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Welke hulpmiddelen wil je online zeker gebruiken?",
                                "options": [
                                    "De chat voor korte rondes",
                                    "Aparte groepsruimtes voor tweetallen",
                                    "Scherm delen voor de opdracht",
                                    "Een timer die iedereen ziet",
                                    "Een proefsessie vooraf voor wie het lastig vindt",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Oefenen: leid je onderdeel online.</strong> Iedereen "
                            "leidt vijf minuten het onderdeel dat hij of zij heeft voorbereid. "
                            "De anderen doen mee als deelnemer en geven daarna een top en een "
                            "tip.</p><p><strong>De JobGroup ZZP.</strong> Deze groep werkt toe "
                            "naar een keuze: starten, doorgaan, een nieuwe markt of stoppen en "
                            "een baan zoeken. Als leider heb je bij voorkeur affiniteit met "
                            "ondernemen of ben je zelf ondernemer (geweest). Stem vooraf de "
                            "verwachtingen af: het huiswerk kost ongeveer twee uur per week. "
                            "Nodig gerust een gast-ondernemer uit, liefst uit een ander soort "
                            "bedrijf.</p><p><strong>iWIN.</strong> Voor migranten die meer tijd "
                            "nodig hebben voor taal en cultuur. Gebruik eenvoudige taal en veel "
                            "beelden. Vaak volgt daarna een "
                            "maatje.</p><p><strong>Afsluiten.</strong> Sluit een groep af met "
                            "een evaluatie. Bespreek wie nazorg of een maatje wil en geef dat "
                            "door aan je coördinator. Moedig deelnemers aan om contact met "
                            "elkaar te houden.</p>"
                        ),
                        "leader_notes": (
                            "<p>Verdeel de groep in twee aparte groepsruimtes met elk een "
                            "trainer (25 minuten). Houd de vijf minuten streng aan; dat is ook "
                            "een oefening in tijd bewaken. Bespreek daarna in de hele groep de "
                            "ZZP-groep, iWIN en het afsluiten (15 minuten).</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Leid vijf minuten je voorbereide onderdeel. De anderen "
                                    "doen mee en geven daarna één top en één tip."
                                ),
                                "grouping": "group",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: je leidt een JobGroup ZZP. Een deelnemer met een "
                                    "webwinkel zegt: 'Jullie snappen mijn vragen niet, jullie "
                                    "werken allemaal zonder voorraad.' Hoe ga je hiermee om?"
                                ),
                                "help": (
                                    "Denk aan de verschillen tussen ondernemers, een "
                                    "gast-ondernemer en de kracht van de groep."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Jouw plan als JobGroupleider.</strong> Zet op een rij "
                            "wat je gaat doen: meedraaien in een groep van een ander, "
                            "kennismaken met je co-leider en je eerste groep voorbereiden. Je "
                            "certificaat is 24 maanden geldig.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag iedereen om data in te vullen. Een plan met data wordt "
                            "vaker uitgevoerd. Vertel welke steun de locatie biedt: "
                            "contactmomenten, intervisie en bijscholing.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "action_plan",
                                "prompt": (
                                    "Wat zijn je volgende stappen als JobGroupleider? Schrijf "
                                    "per doel de eerste stap en een datum op."
                                ),
                                "rows": 3,
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de laatste toets. "
                            "Kijk daarna terug op de hele training.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek de toets na en doe een slotronde: welk beeld van een "
                            "goede JobGroupleider neem je mee?</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": (
                                            "Een deelnemer heeft alleen een telefoon. Wat doe je?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Vooraf samen testen en opdrachten geven "
                                                    "die ook op een telefoon lukken."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Zeggen dat meedoen zo niet kan.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Niets, dat merkt hij vanzelf.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Hoe laat je tweetallen online samenwerken?",
                                        "options": [
                                            {
                                                "text": (
                                                    "In aparte groepsruimtes, met een "
                                                    "duidelijke opdracht en tijd."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Iedereen tegelijk in de grote groep laten "
                                                    "praten."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": "Tweetallen sla je online over.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Wat heeft de voorkeur bij de leider van een "
                                            "JobGroup ZZP?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Affiniteit met ondernemen, of zelf "
                                                    "ondernemer zijn (geweest)."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Een diploma in belastingrecht.",
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Geen ervaring met ondernemen, dat is "
                                                    "neutraler."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Wat hoort bij het afsluiten van een JobGroup?",
                                        "options": [
                                            {
                                                "text": (
                                                    "Een evaluatie en afspraken over nazorg of "
                                                    "een maatje."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Deelnemers aanmoedigen om contact met "
                                                    "elkaar te houden."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "De gegevens van deelnemers delen met "
                                                    "werkgevers."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit de JobGroupleiderstraining? Waar kijk "
                                    "je naar uit, en waar zie je tegenop?"
                                ),
                                "help": "Schrijf het op; bespreek het eventueel met je co-leider.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Laatste vragen over de training, het "
                            "meedraaien of je eerste groep? Stel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag om een korte evaluatie. Geef aan de coördinatoren door "
                            "wie geslaagd is en wie affiniteit heeft met een JobGroup ZZP of "
                            "iWIN.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                },
            },
        ],
    },
    {
        "slug": "coordinatortraining",
        "title": "Coördinatortraining",
        "kind": "volunteer_course",
        "variant": "coordinator_training",
        "intro": (
            "<p>In de Coördinatortraining leer je een locatie te coördineren. Je voert intakes, "
            "koppelt maatjes en werkzoekenden en werkt met de partners op je lokale sociale "
            "kaart.</p><p>Je leert ook hoe je vrijwilligers ondersteunt met contactmomenten en "
            "intervisie, hoe je zorgt dat iedere vrijwilliger een VOG heeft en hoe je "
            "resultaten bijhoudt en rapporteert aan financiers.</p><p>De training heeft twee "
            "bijeenkomsten. Het certificaat is 36 maanden geldig.</p>"
        ),
        "target_group": "Voor vrijwilligers die een locatie coördineren of dat gaan doen.",
        "certifies_role": "coordinator",
        "certificate_valid_months": 36,
        "steps": [
            {
                "number": 1,
                "title": "Intake, koppelen en de sociale kaart",
                "learning_goal": (
                    "Je kunt een intakegesprek voeren, een passende koppeling maken tussen "
                    "maatje en werkzoekende en je lokale sociale kaart gebruiken."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de Coördinatortraining. Als coördinator ben je het "
                            "hart van je locatie. Je voert intakes, vormt groepen, koppelt "
                            "maatjes aan werkzoekenden, onderhoudt contacten met partners en "
                            "ondersteunt de vrijwilligers.</p><p><strong>Leerdoel van "
                            "vandaag:</strong> je voert een intake, maakt een passende "
                            "koppeling en gebruikt je lokale sociale kaart.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat iedereen zich voorstellen met de naam van de locatie en "
                            "hoe lang hij of zij al coördinator is. Nieuwe en ervaren "
                            "coördinatoren kunnen veel van elkaar leren; benoem dat.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Je hebt je voorbereid door je locatie te beschrijven. Vertel "
                            "kort: hoeveel maatjes en JobGroupleiders heb je, hoeveel "
                            "werkzoekenden, en met welke partners werk je samen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Ronde van één minuut per persoon. Noteer opvallende verschillen "
                            "tussen locaties; die zijn handig bij het onderdeel over de sociale "
                            "kaart.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Beschrijf je locatie: hoeveel vrijwilligers en "
                                    "werkzoekenden zijn er, en met welke partners werk je "
                                    "samen?"
                                ),
                                "help": (
                                    "Een paar zinnen is genoeg. Noem ook wat goed loopt en waar "
                                    "je tegenaan loopt."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>De intake.</strong> In het intakegesprek leer je de "
                            "werkzoekende kennen en kies je samen de beste route: een JobGroup, "
                            "een maatje, allebei, iWIN of de JobGroup ZZP. Soms is "
                            "doorverwijzen eerst nodig.</p><ul><li>De werkzoekende kiest zelf "
                            "voor begeleiding; niemand wordt gestuurd.</li><li>Vraag naar wat "
                            "iemand kan en wil, naar de privésituatie en naar andere trajecten "
                            "die al lopen.</li><li>Wees eerlijk over wat wel en niet kan. Zo "
                            "voorkom je teleurstelling.</li><li>Gebruik een vaste opzet voor "
                            "elk gesprek en kijk naar feiten, niet naar vooroordelen. Zo krijgt "
                            "iedereen een eerlijke kans.</li><li>Let op verborgen "
                            "laaggeletterdheid: die zie je niet altijd.</li><li>Leg uit wat je "
                            "vastlegt en waarom. Schrijf alleen op wat nodig is en vraag "
                            "toestemming.</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek vooral de vaste opzet. Onbewuste vooroordelen over "
                            "leeftijd, afkomst of geslacht sluipen er snel in. Een vaste lijst "
                            "met vragen en de vraag 'Welke feiten heb ik hiervoor?' helpen "
                            "daartegen.</p><p>Laat deelnemers hun eigen intakeformulier naast "
                            "deze punten leggen.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat vraag jij in een intakegesprek? Welke vraag ga je "
                                    "toevoegen na dit onderdeel?"
                                ),
                                "help": (
                                    "Denk aan wat iemand kan en wil, de privésituatie, andere "
                                    "trajecten en privacy."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Koppelen: maatje en werkzoekende.</strong> Een goede "
                            "koppeling is de basis voor een klik. Kijk "
                            "naar:</p><ul><li>persoonlijkheid en wat de werkzoekende nodig "
                            "heeft: een aanmoediger of iemand die structuur "
                            "geeft;</li><li>achtergrond en ervaring: een maatje met ervaring in "
                            "de financiële sector kan een werkzoekende uit die sector goed "
                            "helpen;</li><li>soms een maatje uit hetzelfde land als "
                            "voorbeeld;</li><li>beschikbaarheid en afstand.</li></ul><p>Vraag "
                            "na het eerste bezoek aan allebei hoe het ging. Is er geen klik, "
                            "dan koppel je opnieuw. Dat is geen mislukking.</p><p><strong>De "
                            "sociale kaart.</strong> Je kent de organisaties in je gemeente "
                            "waarnaar je kunt doorverwijzen of waarmee je samenwerkt: de "
                            "gemeente en het wijkteam, het UWV, de bibliotheek, werkgevers en "
                            "hun verenigingen, Vluchtelingenwerk, SchuldHulpMaatje, kerken, "
                            "fondsen en taalaanbieders.</p>"
                        ),
                        "leader_notes": (
                            "<p>Koppeloefening (25 minuten): geef de groep drie profielen van "
                            "werkzoekenden en vier profielen van maatjes (zie de casus "
                            "hieronder). Laat in drietallen koppelen en de keuzes uitleggen. "
                            "Bespreek daarna de verschillen: er is vaak meer dan één goede "
                            "koppeling.</p><p>Sluit af met 15 minuten over de sociale kaart: "
                            "welke partners missen de deelnemers nog?</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: Kees (58) was magazijnchef en is onzeker over "
                                    "computers. Amina (31) was boekhouder in Syrië en leert "
                                    "Nederlands. Maatjes: Joop (oud-bankdirecteur), Ingrid "
                                    "(HR-adviseur, geduldig), Samir (kwam 15 jaar geleden uit "
                                    "Syrië, werkt als accountant) en Wim (oud-logistiek "
                                    "manager). Wie koppel je aan wie, en waarom?"
                                ),
                                "help": "Er is geen enkel goed antwoord. Leg uit waar je op let.",
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Bespreek in drietallen de koppelingen uit de casus. Maak "
                                    "samen een keuze en leg die daarna in de groep uit."
                                ),
                                "grouping": "threes",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Thuisopdracht: mijn sociale kaart.</strong> Maak een "
                            "overzicht van de partners van je locatie. Zet bij elke partner een "
                            "contactpersoon en waarvoor je er terecht kunt. Kijk ook welke "
                            "partners je nog mist.</p>"
                        ),
                        "leader_notes": (
                            "<p>Wijs op de partners uit de training. Vraag de deelnemers hun "
                            "kaart mee te nemen naar de volgende bijeenkomst, zodat ze kunnen "
                            "vergelijken.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Maak je sociale kaart. Schrijf per groep de partners op, "
                                    "met een contactpersoon."
                                ),
                                "categories": [
                                    "Gemeente, wijkteam en UWV",
                                    "Bibliotheek en taalaanbieders",
                                    "Werkgevers en ondernemersverenigingen",
                                    "Hulp bij schulden, zorg en welzijn",
                                    "Kerken, fondsen en andere steun",
                                ],
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de toets over "
                            "intake, koppelen en de sociale kaart. Schrijf daarna op wat je "
                            "meeneemt.</p>"
                        ),
                        "leader_notes": "<p>Bespreek de toets na en doe een korte slotronde.</p>",
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": (
                                            "Hoe komt een werkzoekende bij een maatje of JobGroup?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Hij of zij kiest daar zelf voor.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "De gemeente verplicht het.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Het maatje kiest een werkzoekende uit.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Hoe voorkom je dat vooroordelen meespelen bij de "
                                            "intake?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Met een vaste opzet voor elk gesprek.",
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Door te kijken naar feiten in plaats van "
                                                    "naar je eerste indruk."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Door af te gaan op je gevoel.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Na het eerste bezoek is er geen klik tussen maatje "
                                            "en werkzoekende. Wat doe je?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Je bespreekt het met allebei en maakt zo "
                                                    "nodig een nieuwe koppeling."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Je laat ze doorgaan; het komt vanzelf goed."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Je stopt de begeleiding van de werkzoekende."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Wat schrijf je op tijdens een intake?",
                                        "options": [
                                            {
                                                "text": (
                                                    "Alleen wat nodig is, en je legt uit wat je "
                                                    "vastlegt en waarom."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Alles wat de werkzoekende vertelt, voor de "
                                                    "zekerheid."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": "Niets, ook niet de contactgegevens.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze bijeenkomst? Wat ga je anders "
                                    "doen bij je volgende intake of koppeling?"
                                ),
                                "help": "Noem één concrete verandering.",
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Vragen over intake of koppelen? Stel "
                            "ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Noteer vragen voor de volgende bijeenkomst en zet ze op de "
                            "agenda.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 2,
                "title": "Vrijwilligers ondersteunen, VOG en resultaten",
                "learning_goal": (
                    "Je kunt vrijwilligers ondersteunen met contactmomenten en intervisie, je "
                    "zorgt dat iedere vrijwilliger een VOG heeft en je kunt resultaten "
                    "bijhouden en rapporteren aan financiers."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom terug. Vandaag gaat het over de mensen die het werk "
                            "doen, de vrijwilligers, en over de resultaten van je "
                            "locatie.</p><p><strong>Leerdoel:</strong> je ondersteunt "
                            "vrijwilligers met contactmomenten en intervisie, je zorgt voor een "
                            "VOG voor iedere vrijwilliger en je houdt resultaten bij voor "
                            "financiers.</p>"
                        ),
                        "leader_notes": (
                            "<p>Start met de vraag: wat heeft een vrijwilliger nodig om het vol "
                            "te houden? Schrijf de antwoorden op; ze komen terug in het "
                            "groepsgesprek.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Leg je sociale kaart naast die van een ander. Welke partners "
                            "heeft de ander die jij nog mist? Welke tip neem je over?</p>"
                        ),
                        "leader_notes": (
                            "<p>Werk in tweetallen van verschillende locaties (10 minuten). "
                            "Vraag daarna naar de beste tip.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke partner wil je na het vergelijken toevoegen aan je "
                                    "sociale kaart, en hoe leg je contact?"
                                ),
                                "help": "Noem de organisatie en je eerste stap.",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Vrijwilligers ondersteunen.</strong> Wat helpt "
                            "vrijwilligers?</p><ul><li>Vaste contactmomenten met de coördinator "
                            "en met elkaar.</li><li>Intervisie: samen casussen bespreken en van "
                            "elkaar leren.</li><li>Bijscholing, lokaal en landelijk, en op tijd "
                            "hercertificering.</li><li>Handboeken en werkboeken, zodat niemand "
                            "zelf het wiel hoeft uit te vinden.</li><li>Aandacht voor "
                            "overbelasting: begeleiden kost veel tijd en energie.</li><li>Een "
                            "vervanger als een vrijwilliger uitvalt, zodat de werkzoekende niet "
                            "alleen komt te staan.</li></ul><p><strong>De VOG.</strong> Iedere "
                            "vrijwilliger heeft een Verklaring Omtrent het Gedrag (VOG) voordat "
                            "hij of zij begint. Je werkt met kwetsbare mensen en hun gevoelige "
                            "gegevens. Houd bij wie een VOG heeft en wanneer die is "
                            "afgegeven.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag hoe de locaties de VOG nu regelen en wie de aanvraag "
                            "doet. Spreek af dat niemand begint zonder VOG. Bespreek daarna de "
                            "ondersteuning: wat doen locaties al, wat ontbreekt?</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": (
                                    "Welke vormen van ondersteuning bied je nu al aan je "
                                    "vrijwilligers?"
                                ),
                                "options": [
                                    "Vaste contactmomenten",
                                    "Intervisie",
                                    "Lokale bijscholing",
                                    "Een vervanger bij uitval",
                                    "Een overzicht van wie een VOG heeft",
                                    "Een gezamenlijke bijeenkomst of uitje",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Intervisie oefenen.</strong> Een eenvoudige manier om "
                            "intervisie te leiden:</p><ol><li>De inbrenger vertelt kort een "
                            "situatie uit de praktijk, zonder namen.</li><li>De anderen stellen "
                            "alleen vragen om de situatie te begrijpen.</li><li>Iedereen zegt "
                            "wat hij of zij zou doen.</li><li>De inbrenger kiest zelf wat hij "
                            "of zij meeneemt.</li></ol><p><strong>Resultaten bijhouden en "
                            "rapporteren.</strong> Financiers, zoals de gemeente en fondsen, "
                            "willen weten wat je locatie bereikt. Houd per werkzoekende bij "
                            "wanneer hij of zij instroomt en wat de uitkomst is: werk, "
                            "opleiding, een stap hoger op de participatieladder, nog in "
                            "begeleiding of voortijdig gestopt.</p><p>De participatieladder "
                            "heeft zes treden: 1 geïsoleerd, 2 sociale contacten buiten huis, 3 "
                            "deelname aan georganiseerde activiteiten, 4 onbetaald werk, 5 "
                            "betaald werk met ondersteuning, 6 betaald werk.</p><p>Rapporteer "
                            "per periode in totalen, zonder namen. Een voorbeeld uit een "
                            "project: 160 instromers, 79 naar werk, 8 naar een opleiding, 45 "
                            "een stap hoger op de participatieladder, 17 nog in begeleiding en "
                            "11 voortijdig gestopt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Oefen eerst intervisie in groepjes van vier (20 minuten): één "
                            "inbrenger per groepje. Bespreek daarna het rapporteren (20 "
                            "minuten). Laat zien hoe je de cijfers uit het voorbeeld uitlegt: "
                            "meer dan de helft ging naar werk of opleiding, en ook de stap naar "
                            "vrijwilligerswerk telt.</p><p>Benadruk de privacy: rapportages "
                            "bevatten geen namen of verhalen die naar een persoon te herleiden "
                            "zijn.</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen intervisie in groepjes van vier. Eén persoon brengt "
                                    "een situatie in, zonder namen. Volg de vier stappen."
                                ),
                                "grouping": "group",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: een fonds vraagt om een verslag over het afgelopen "
                                    "jaar. Het wil ook 'een paar mooie verhalen met naam en "
                                    "foto'. Welke cijfers geef je, en hoe ga je om met de vraag "
                                    "om verhalen?"
                                ),
                                "help": (
                                    "Denk aan de uitkomsten die je bijhoudt, aan toestemming en "
                                    "aan privacy."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Jouw plan voor je locatie.</strong> Kies drie dingen "
                            "die je na deze training gaat verbeteren, bijvoorbeeld intervisie "
                            "starten, het VOG-overzicht op orde brengen of de resultaten per "
                            "kwartaal bijhouden.</p><p>Je certificaat als coördinator is 36 "
                            "maanden geldig.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag iedereen om bij elk doel een datum te zetten en het plan "
                            "te delen met een collega-coördinator of een bestuurslid van de "
                            "locatie.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "action_plan",
                                "prompt": (
                                    "Wat ga je verbeteren op je locatie? Schrijf per doel de "
                                    "eerste stap en een datum op."
                                ),
                                "rows": 3,
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de laatste toets. "
                            "Kijk daarna terug op de training.</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek de toets na. Sluit af met een ronde: wat neem je mee "
                            "naar je locatie?</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": "Welke vrijwilligers hebben een VOG nodig?",
                                        "options": [
                                            {
                                                "text": "Alle vrijwilligers.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Alleen de coördinatoren.",
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Alleen vrijwilligers die met jongeren werken."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Een werkzoekende doet na de begeleiding "
                                            "vrijwilligerswerk. Welke trede van de "
                                            "participatieladder is dat?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Trede 4: onbetaald werk.",
                                                "correct": True,
                                            },
                                            {
                                                "text": "Trede 6: betaald werk.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Trede 1: geïsoleerd.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Hoe rapporteer je resultaten aan een financier?"
                                        ),
                                        "options": [
                                            {
                                                "text": "Per periode, in totalen en zonder namen.",
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Met een lijst van alle werkzoekenden en "
                                                    "hun verhaal."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": "Alleen de successen, de rest laat je weg.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Wat doet de inbrenger aan het eind van een intervisie?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Hij of zij kiest zelf wat hij of zij meeneemt."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Hij of zij voert alle adviezen uit.",
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Hij of zij kiest wie het beste advies gaf."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit de Coördinatortraining? Wat verandert "
                                    "er op je locatie?"
                                ),
                                "help": (
                                    "Noem één ding voor de vrijwilligers en één ding voor de "
                                    "resultaten."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": "<p><strong>Napraten.</strong> Laatste vragen? Stel ze nu.</p>",
                        "leader_notes": (
                            "<p>Vraag om een korte evaluatie. Wijs op de digitale intervisie "
                            "met coördinatoren van andere locaties.</p>"
                        ),
                        "minutes": 5,
                        "exercises": [],
                    },
                },
            },
        ],
    },
    {
        "slug": "migranten-coachen",
        "title": "Extra trainingsdag: migranten coachen",
        "kind": "volunteer_course",
        "variant": "migrant_day",
        "intro": (
            "<p>Het begeleiden van migranten en vluchtelingen vraagt extra kennis. Op deze "
            "trainingsdag leer je over taalniveau en verborgen laaggeletterdheid, over "
            "cultuurverschillen en de ongeschreven regels op Nederlandse werkplekken, over "
            "diploma's en erkenning en over stress en trauma bij vluchtelingen.</p><p>Je oefent "
            "ook met het eerlijk bespreken van verwachtingen als werk onder het vroegere niveau "
            "ligt. Na deze dag ontvang je een certificaat dat 24 maanden geldig is.</p>"
        ),
        "target_group": (
            "Voor gecertificeerde maatjes en JobGroupleiders die migranten en vluchtelingen "
            "begeleiden of een iWIN-groep leiden."
        ),
        "certifies_role": "migrant_coaching",
        "certificate_valid_months": 24,
        "steps": [
            {
                "number": 1,
                "title": "Migranten en vluchtelingen begeleiden naar werk",
                "learning_goal": (
                    "Je kunt rekening houden met taalniveau, cultuurverschillen, diploma's en "
                    "de achtergrond van migranten en vluchtelingen, en je kunt verwachtingen "
                    "eerlijk bespreken."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij deze extra trainingsdag. Voor migranten is het niet "
                            "makkelijk om in Nederland passend werk te vinden. De arbeidsmarkt "
                            "is ingewikkeld, de taal is moeilijk, er zijn cultuurverschillen en "
                            "diploma's worden niet zomaar erkend.</p><p>Deze dag geeft maatjes "
                            "en JobGroupleiders handvatten om migranten zo goed mogelijk te "
                            "begeleiden.</p><p><strong>Leerdoel:</strong> je houdt rekening met "
                            "taal, cultuur, diploma's en de achtergrond van migranten en "
                            "vluchtelingen, en je bespreekt verwachtingen eerlijk.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat het programma van de dag zien, met pauzes. Vraag wie al "
                            "een migrant begeleidt of een iWIN-groep leidt. Benoem dat de dag "
                            "voor maatjes en voor JobGroupleiders is; beide groepen leren van "
                            "elkaar.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Je hebt een situatie uit je eigen praktijk voorbereid met een "
                            "migrant of vluchteling. Vertel die in drietallen. Wat ging goed? "
                            "Waar liep je tegenaan? Kies samen één situatie die je vandaag "
                            "verder wilt bespreken.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 20 minuten in drietallen en 10 minuten om de gekozen "
                            "situaties te verzamelen. Gebruik ze in de verdieping. Wie nog geen "
                            "ervaring heeft, luistert en stelt vragen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Beschrijf een situatie uit je eigen praktijk met een "
                                    "migrant of vluchteling, zonder namen. Wat ging goed en "
                                    "waar liep je tegenaan?"
                                ),
                                "help": (
                                    "Heb je nog geen ervaring? Beschrijf dan wat je verwacht "
                                    "dat lastig wordt."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Twee verhalen.</strong></p><p>Mary kwam uit Malawi naar "
                            "Nederland. Daar was ze directiesecretaresse. In Nederland kon ze "
                            "eerst alleen productiewerk doen. Via een JobGroup en een maatje "
                            "vond ze werk als receptioniste. Een stap terug, maar ook een stap "
                            "vooruit. Ze werkt nu aan haar Nederlands en kijkt "
                            "verder.</p><p>Kalebau kwam twintig jaar geleden uit Nepal. Hij "
                            "werkte altijd in het Engels. Na zijn ontslag kreeg hij steeds "
                            "afwijzingen, vaak vanwege zijn Nederlands. Zijn maatje las zijn "
                            "brieven na en gaf de tip om zijn afkomst als kracht te noemen: wie "
                            "zich in een nieuw land heeft gevestigd, kan zich goed "
                            "aanpassen.</p><p>Bespreek samen: wat herken je? Wat maakt de "
                            "Nederlandse arbeidsmarkt moeilijk voor nieuwkomers? En welke rol "
                            "spelen vooroordelen, ook onbewuste?</p>"
                        ),
                        "leader_notes": (
                            "<p>Lees de verhalen voor of laat ze voorlezen. Laat de groep eerst "
                            "reageren op wat hen raakt. Verzamel daarna de drempels op een "
                            "flip-over: taal, cultuur, diploma's, netwerk, vooroordelen. Die "
                            "lijst is de basis voor de verdieping.</p><p>Bespreek vooroordelen "
                            "zonder te beschuldigen. De meeste discriminatie is niet bewust; "
                            "ons brein stopt mensen in hokjes. Bewustwording en kijken naar "
                            "feiten helpen.</p>"
                        ),
                        "minutes": 60,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat raakte je in het verhaal van Mary of Kalebau? Wat zegt "
                                    "het over je eigen rol?"
                                ),
                                "help": (
                                    "Denk aan de drempels die zij tegenkwamen en aan wat hun "
                                    "maatje deed."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>De verdieping heeft vier blokken. Tussen blok 2 en 3 is er een "
                            "pauze.</p><p><strong>Blok 1: taal en verborgen laaggeletterdheid "
                            "(30 minuten).</strong></p><ul><li>Gebruik eenvoudige taal: korte "
                            "zinnen, één vraag tegelijk, geen moeilijke woorden.</li><li>Vraag "
                            "niet 'Begrijp je het?'. Vraag de ander het in eigen woorden te "
                            "herhalen. Let op antwoorden die vooral beleefd zijn.</li><li>Doe "
                            "iets voor of gebruik plaatjes. Geef instructies niet alleen "
                            "mondeling.</li><li>Laaggeletterdheid zie je niet altijd, ook niet "
                            "bij mensen die in Nederland zijn geboren. Signalen: de bril "
                            "'vergeten', formulieren mee naar huis willen nemen, lezen en "
                            "schrijven ontwijken.</li><li>Verwijs respectvol door, bijvoorbeeld "
                            "naar het taalhuis in de bibliotheek.</li></ul><p><strong>Blok 2: "
                            "cultuurverschillen en ongeschreven regels (30 "
                            "minuten).</strong></p><ul><li>Op Nederlandse werkplekken gelden "
                            "veel ongeschreven regels: op tijd komen, afzeggen als je niet "
                            "kunt, direct zeggen wat je denkt, vragen stellen aan je "
                            "leidinggevende, samen koffie drinken.</li><li>Wat voor ons vanzelf "
                            "spreekt, is voor een ander nieuw. Maak verwachtingen dus duidelijk "
                            "en leg uit waarom.</li><li>Zoek samen naar oplossingen. Een "
                            "hoofddoek mag om hygiënische redenen soms niet in een keuken; drie "
                            "haarnetjes over elkaar kunnen dan een oplossing "
                            "zijn.</li><li>Aanpassen is wederzijds: ook het team past zich aan "
                            "een nieuwe collega aan.</li></ul><p><strong>Blok 3: diploma's en "
                            "erkenning (20 minuten).</strong></p><ul><li>Een buitenlands "
                            "diploma wordt niet automatisch erkend. Via een diplomawaardering, "
                            "bijvoorbeeld van IDW, zie je wat een diploma in Nederland waard "
                            "is.</li><li>Voor sommige beroepen, zoals in de zorg en het "
                            "onderwijs, is een aparte erkenning nodig.</li><li>Ervaring telt "
                            "ook. Soms kan iemand die laten erkennen of met een korte opleiding "
                            "een Nederlands diploma halen.</li></ul><p><strong>Blok 4: stress, "
                            "trauma en verwachtingen (40 minuten).</strong></p><ul><li>Veel "
                            "vluchtelingen hebben stress door wat er voor en tijdens de vlucht "
                            "gebeurde, door het verbroken contact met familie en door het "
                            "opbouwen van een heel nieuw leven.</li><li>Signalen: slecht "
                            "slapen, moeite met concentreren, afspraken missen. Vraag niet door "
                            "over de vlucht. Luister als iemand zelf vertelt en verwijs via je "
                            "coördinator door naar de huisarts of Vluchtelingenwerk als het "
                            "nodig is.</li><li>Vaak kan iemand niet op het oude niveau "
                            "beginnen. Wees eerlijk over wat nu kan en kijk samen naar de korte "
                            "en de lange termijn. Een stap terug kan een opstap "
                            "zijn.</li><li>Een maatje uit hetzelfde land kan een voorbeeld "
                            "zijn: de werkzoekende ziet wat mogelijk is en krijgt meer geloof "
                            "in eigen kunnen.</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Blok 1: laat tweetallen een stukje tekst herschrijven in "
                            "eenvoudige taal, bijvoorbeeld een vacaturetekst. Blok 2: maak met "
                            "de hele groep een lijst van ongeschreven regels. Vraag deelnemers "
                            "met een migratieachtergrond of ze willen vertellen wat hen "
                            "verbaasde; dwing niemand. Blok 3: laat de trainer de route van "
                            "diplomawaardering kort zien. Blok 4: bespreek de casus van Ahmad "
                            "in drietallen en daarna in de groep; gebruik ook de situaties uit "
                            "het huiswerk.</p><p>Let bij blok 4 op de deelnemers zelf: verhalen "
                            "over trauma kunnen ook vrijwilligers raken. Zorg voor een pauze en "
                            "bied ruimte om na te praten.</p>"
                        ),
                        "minutes": 120,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Herschrijf samen een vacaturetekst in eenvoudige taal: "
                                    "korte zinnen, gewone woorden en één boodschap per zin. "
                                    "Vergelijk daarna met een ander tweetal."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "list",
                                "prompt": (
                                    "Welke ongeschreven regels van Nederlandse werkplekken ken "
                                    "jij? Schrijf ze per onderwerp op."
                                ),
                                "categories": [
                                    "Tijd en afspraken",
                                    "Omgang met de leidinggevende",
                                    "Omgang met collega's",
                                    "Zeggen wat je denkt",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Casus: Ahmad (38) was apotheker in Syrië. Hij woont drie "
                                    "jaar in Nederland, spreekt redelijk Nederlands en wil weer "
                                    "in een apotheek werken. Hij slaapt slecht en mist soms een "
                                    "afspraak. Een apotheek biedt hem werk als "
                                    "magazijnmedewerker. Hoe bespreek je dit met hem, en wat "
                                    "doe je met zijn slaapproblemen?"
                                ),
                                "help": (
                                    "Denk aan eerlijke verwachtingen, korte en lange termijn, "
                                    "diplomawaardering en doorverwijzen."
                                ),
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Bespreek de casus van Ahmad in drietallen. Spreek af wat "
                                    "je als maatje zegt en doet, en wat je aan anderen "
                                    "overlaat."
                                ),
                                "grouping": "threes",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Na deze dag.</strong> Zoek uit welke adressen in jouw "
                            "gemeente belangrijk zijn voor migranten die je begeleidt: voor "
                            "taal, diploma's, steun bij stress of trauma en werkgevers die "
                            "openstaan voor nieuwkomers. Vraag je coördinator om hulp.</p>"
                        ),
                        "leader_notes": (
                            "<p>Verwijs naar de sociale kaart van de locatie. Vraag deelnemers "
                            "om nieuwe adressen door te geven aan de coördinator, zodat anderen "
                            "ze ook kunnen gebruiken.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Maak een lijst van adressen in jouw gemeente voor "
                                    "migranten die je begeleidt."
                                ),
                                "categories": [
                                    "Taal en laaggeletterdheid",
                                    "Diploma's en erkenning",
                                    "Steun bij stress of trauma",
                                    "Werkgevers die openstaan voor nieuwkomers",
                                ],
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de toets over deze "
                            "dag. Kijk daarna terug: wat ga je anders doen in je volgende "
                            "gesprek met een migrant of vluchteling?</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef tien minuten voor de toets en bespreek hem daarna rustig "
                            "na. Laat elke deelnemer in de slotronde één voornemen noemen. Wie "
                            "de toets niet haalt, kan hem opnieuw maken.</p>"
                        ),
                        "minutes": 40,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": (
                                            "Hoe ga je na of iemand je uitleg heeft begrepen?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Je vraagt de ander het in eigen woorden te "
                                                    "herhalen."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Je vraagt: 'Begrijp je het?'",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Je praat wat harder en langzamer.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Welke signalen kunnen wijzen op verborgen "
                                            "laaggeletterdheid?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Formulieren steeds mee naar huis willen nemen."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Zeggen dat de bril thuis ligt als er iets "
                                                    "gelezen moet worden."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Veel vragen stellen over de inhoud van een "
                                                    "vacature."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Een werkzoekende was in haar land "
                                            "directiesecretaresse. Nu kan ze als receptioniste "
                                            "beginnen. Wat doe je?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Eerlijk bespreken wat nu kan en welke "
                                                    "groei later mogelijk is."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Zeggen dat ze moet wachten op een baan op "
                                                    "haar oude niveau."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "De baan afraden omdat die onder haar "
                                                    "niveau is."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Een vluchteling vertelt weinig en mist soms een "
                                            "afspraak. Wat is verstandig?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Geduld hebben, niet doorvragen over de "
                                                    "vlucht en zo nodig via je coördinator hulp "
                                                    "zoeken."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Vragen wat er tijdens de vlucht is gebeurd."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": "Direct stoppen met de begeleiding.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Waarom kan een maatje uit hetzelfde land helpen?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Het maatje is een voorbeeld: de "
                                                    "werkzoekende ziet wat mogelijk is."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Dan hoeft de werkzoekende geen Nederlands "
                                                    "te leren."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Dan zijn de ongeschreven regels niet meer "
                                                    "belangrijk."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat neem je mee uit deze dag? Wat ga je anders doen in je "
                                    "volgende gesprek met een migrant of vluchteling?"
                                ),
                                "help": (
                                    "Noem één ding over taal, cultuur, diploma's of verwachtingen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Heeft deze dag iets bij je "
                            "losgemaakt? Heb je nog vragen? Er is tijd om na te praten.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vertel dat het certificaat voor migranten coachen 24 maanden "
                            "geldig is. Blijf beschikbaar voor deelnemers die geraakt zijn door "
                            "de verhalen over trauma. Vraag om een korte evaluatie van de "
                            "dag.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [],
                    },
                },
            },
        ],
    },
    {
        "slug": "hercertificering",
        "title": "Hercertificering",
        "kind": "volunteer_course",
        "variant": "recertification",
        "intro": (
            "<p>Met de hercertificering vernieuw je je certificaat. Je hoort wat er is "
            "veranderd in de methode en de werkboeken, je bespreekt ontwikkelingen op de "
            "arbeidsmarkt en je leert in intervisie van casussen uit de praktijk. Je kijkt ook "
            "opnieuw naar je eigen rol.</p><p>De hercertificering is fysiek of online. Daarna "
            "is je certificaat weer 24 maanden geldig.</p>"
        ),
        "target_group": (
            "Voor maatjes, JobGroupleiders en coördinatoren van wie het certificaat bijna verloopt."
        ),
        "certifies_role": None,
        "certificate_valid_months": 24,
        "steps": [
            {
                "number": 1,
                "title": "Bijblijven, leren van elkaar en terugkijken op je rol",
                "learning_goal": (
                    "Je weet wat er is veranderd in de methode, de werkboeken en op de "
                    "arbeidsmarkt, je hebt geleerd van casussen uit de praktijk en je hebt je "
                    "eigen rol opnieuw bekeken."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de hercertificering. Je bent al een tijd actief als "
                            "maatje, JobGroupleider of coördinator. Vandaag blijf je bij: wat "
                            "is er veranderd, wat leer je van elkaar en hoe kijk je nu naar je "
                            "eigen rol?</p><p><strong>Leerdoel:</strong> je kent de "
                            "veranderingen in de methode, de werkboeken en op de arbeidsmarkt, "
                            "je leert van casussen uit de praktijk en je bekijkt je eigen rol "
                            "opnieuw.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat iedereen zich voorstellen met rol, locatie en hoe lang hij "
                            "of zij actief is. Benoem dat ervaren vrijwilligers veel van elkaar "
                            "kunnen leren; deze dag draait om die ervaring.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Je hebt een casus uit je eigen praktijk voorbereid, zonder "
                            "namen. Vertel die kort in drietallen. Kies samen de casus die je "
                            "in de intervisie wilt bespreken.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 20 minuten in drietallen. Verzamel daarna de gekozen "
                            "casussen en verdeel ze over de intervisiegroepjes. Herinner eraan: "
                            "geen namen of details die naar een persoon te herleiden zijn.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Beschrijf je casus zonder namen. Wat gebeurde er, wat deed "
                                    "jij en wat is je vraag aan de groep?"
                                ),
                                "help": (
                                    "Eindig met een duidelijke vraag, bijvoorbeeld: 'Hoe had ik "
                                    "dit anders kunnen aanpakken?'"
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p><strong>Wat is er "
                            "veranderd?</strong></p><ul><li><strong>Werkboeken in "
                            "edities.</strong> De werkboeken worden regelmatig bijgewerkt en "
                            "verschijnen in genummerde edities. Een groep maakt de JobGroup af "
                            "op de editie waarmee hij begon. De trainer laat zien wat er in de "
                            "nieuwste editie anders is.</li><li><strong>Digitaal "
                            "werken.</strong> JobGroups, trainingen en intervisie kunnen "
                            "online. Deelnemers maken hun huiswerk in het digitale "
                            "werkboek.</li><li><strong>Varianten.</strong> Naast de gewone "
                            "JobGroup zijn er iWIN voor migranten en de JobGroup ZZP voor "
                            "(oud-)zelfstandigen.</li></ul><p><strong>Ontwikkelingen op de "
                            "arbeidsmarkt.</strong></p><ul><li>In veel sectoren is er krapte, "
                            "maar mensen die al lang een bijstandsuitkering hebben, profiteren "
                            "daar nauwelijks van. De kloof wordt groter.</li><li>Veel "
                            "werkzoekenden zijn niet bekend bij instanties, bijvoorbeeld mensen "
                            "zonder uitkering, migranten en oud-zzp'ers.</li><li>Werkgevers "
                            "kijken vaker verder dan de perfecte kandidaat en leiden mensen op "
                            "de werkvloer op. Sommige nemen mensen aan zonder "
                            "sollicitatiegesprek of cv.</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Presenteer de veranderingen van de nieuwste editie van de "
                            "werkboeken aan de hand van het overzicht van het landelijk bureau. "
                            "Houd het kort en vraag daarna wat deelnemers in hun eigen praktijk "
                            "merken.</p><p>Vul de ontwikkelingen op de arbeidsmarkt aan met "
                            "actuele cijfers uit de regio.</p>"
                        ),
                        "minutes": 45,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke verandering in de methode of op de arbeidsmarkt merk "
                                    "jij in je eigen praktijk? Wat betekent dat voor je werk "
                                    "als vrijwilliger?"
                                ),
                                "help": (
                                    "Denk aan werkzoekenden die je nu begeleidt en aan wat "
                                    "werkgevers vragen."
                                ),
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p><strong>Intervisie: leren van elkaars casussen.</strong> In "
                            "groepjes van vier tot zes bespreek je twee casussen. Per "
                            "casus:</p><ol><li>De inbrenger vertelt de casus en stelt de vraag "
                            "(5 minuten).</li><li>De anderen stellen alleen vragen om de "
                            "situatie te begrijpen (10 minuten).</li><li>Iedereen zegt wat hij "
                            "of zij zou doen; de inbrenger luistert (15 minuten).</li><li>De "
                            "inbrenger zegt wat hij of zij meeneemt (5 "
                            "minuten).</li></ol><p>Sluit af met de hele groep: welke lessen "
                            "zijn bruikbaar voor iedereen?</p>"
                        ),
                        "leader_notes": (
                            "<p>Eén trainer per twee groepjes. Let erop dat in stap 2 echt "
                            "alleen vragen worden gesteld en nog geen adviezen. Bewaak de tijd; "
                            "twee casussen duren samen ongeveer 70 minuten. Gebruik de laatste "
                            "20 minuten voor de gezamenlijke lessen.</p><p>Veel voorkomende "
                            "thema's zijn: te veel willen helpen, omgaan met terugval, "
                            "doorverwijzen bij stapeling van problemen en het afsluiten van een "
                            "begeleiding.</p>"
                        ),
                        "minutes": 90,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Bespreek in je groepje twee casussen volgens de vier "
                                    "stappen. Eén persoon bewaakt de tijd."
                                ),
                                "grouping": "group",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat leerde je van de casus van een ander? Wat ga je "
                                    "daardoor anders doen?"
                                ),
                                "help": "Schrijf de les op in één of twee zinnen.",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p><strong>Mijn ontwikkelpunten.</strong> Kies twee of drie punten "
                            "waaraan je de komende periode wilt werken als vrijwilliger. "
                            "Bijvoorbeeld: vaker samenvatten, eerder doorverwijzen of online "
                            "leiden.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag om concrete, kleine stappen met een datum. Stel voor om "
                            "het plan na een paar maanden te bespreken met de coördinator of in "
                            "de intervisie.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "action_plan",
                                "prompt": (
                                    "Aan welke punten wil je de komende periode werken? Schrijf "
                                    "per punt de eerste stap en een datum op."
                                ),
                                "rows": 3,
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p><strong>Wat hebben we geleerd?</strong> Maak de toets. Kijk "
                            "daarna terug op je eigen rol: wat gaat goed, wat wil je anders "
                            "doen en past de rol nog bij je?</p>"
                        ),
                        "leader_notes": (
                            "<p>Bespreek de toets na. Geef daarna ruimte voor de reflectie op "
                            "de eigen rol. Sommige vrijwilligers willen van rol wisselen of "
                            "minder doen; dat is waardevolle informatie voor de "
                            "coördinator.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "quiz",
                                "pass_mark": 70,
                                "questions": [
                                    {
                                        "question": (
                                            "Een groep werkt met editie 3 van een werkboek. "
                                            "Editie 4 verschijnt. Wat gebeurt er met die groep?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "De groep maakt de JobGroup af met editie 3."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "De groep stapt halverwege over op editie 4."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": "Het huiswerk van de groep wordt gewist.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Welke ontwikkeling zie je op de arbeidsmarkt?",
                                        "options": [
                                            {
                                                "text": (
                                                    "Er is krapte, maar mensen die al lang in "
                                                    "de bijstand zitten profiteren daar "
                                                    "nauwelijks van."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": (
                                                    "Iedereen die wil werken vindt nu vanzelf "
                                                    "een baan."
                                                ),
                                                "correct": False,
                                            },
                                            {
                                                "text": (
                                                    "Werkgevers nemen alleen nog mensen aan die "
                                                    "aan alle eisen voldoen."
                                                ),
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": (
                                            "Wat doen de anderen in de tweede stap van de "
                                            "intervisie?"
                                        ),
                                        "options": [
                                            {
                                                "text": (
                                                    "Alleen vragen stellen om de situatie te "
                                                    "begrijpen."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Meteen adviezen geven.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Een eigen casus vertellen.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                    {
                                        "question": "Waarom bespreek je casussen zonder namen?",
                                        "options": [
                                            {
                                                "text": (
                                                    "Om de privacy van werkzoekenden te beschermen."
                                                ),
                                                "correct": True,
                                            },
                                            {
                                                "text": "Omdat het anders te lang duurt.",
                                                "correct": False,
                                            },
                                            {
                                                "text": "Omdat de coördinator de namen al kent.",
                                                "correct": False,
                                            },
                                        ],
                                    },
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Hoe kijk je nu naar je eigen rol? Wat wil je blijven doen, "
                                    "en wat wil je anders doen?"
                                ),
                                "help": (
                                    "Denk ook na of de rol nog bij je past en wat je nodig hebt "
                                    "van je coördinator."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p><strong>Napraten.</strong> Heb je nog vragen of wensen voor "
                            "bijscholing? Deel ze nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vertel dat het certificaat na deze dag weer 24 maanden geldig "
                            "is. Verzamel wensen voor bijscholing en geef ze door aan het "
                            "landelijk bureau. Vraag om een korte evaluatie.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [],
                    },
                },
            },
        ],
    },
]
