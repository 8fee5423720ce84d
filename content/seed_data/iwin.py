"""Seed content: iWIN – Ik Werk in Nederland (10 steps), written from the source documents."""

PROGRAMMES = [
    {
        "slug": "iwin",
        "title": "iWIN – Ik Werk in Nederland",
        "kind": "jobgroup",
        "variant": "iwin",
        "intro": (
            "<p>iWIN betekent: Ik Werk in Nederland. In iWIN werk je in tien stappen aan je weg "
            "naar werk. Je doet dat samen met andere werkzoekenden. Twee vrijwilligers leiden de "
            "groep.</p><p>Elke week is er een bijeenkomst van ongeveer twee uur. Je krijgt ook "
            "huiswerk. We gebruiken makkelijke woorden. Fouten maken mag.</p><ol><li>Wie ben "
            "ik?</li><li>Wat belemmert mij?</li><li>Wat kan ik?</li><li>Wat wil ik?</li><li>Wat "
            "zoek ik?</li><li>Hoe vind ik?</li><li>Dit ben ik!</li><li>De Nederlandse "
            "arbeidsmarkt en werkcultuur</li><li>Taal op het werk</li><li>Diploma's en "
            "erkenning</li></ol><p>Na iWIN kun je verder met een maatje.</p>"
        ),
        "target_group": (
            "Migranten en statushouders die werk zoeken in Nederland. Voor wie de Nederlandse "
            "taal of de manier van werken hier nog nieuw is."
        ),
        "certifies_role": None,
        "certificate_valid_months": None,
        "steps": [
            {
                "number": 1,
                "title": "Wie ben ik?",
                "learning_goal": "Je kunt zeggen wat voor jou belangrijk is in werk.",
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij iWIN! iWIN betekent: Ik Werk in Nederland.</p><p>We "
                            "komen tien keer bij elkaar. Elke keer duurt ongeveer twee uur. Elke "
                            "keer gaat op dezelfde manier:</p><ol><li>Welkom</li><li>Huiswerk "
                            "bespreken</li><li>Praten in de groep</li><li>Samen "
                            "oefenen</li><li>Nieuw huiswerk</li><li>Wat hebben we "
                            "geleerd?</li><li>Vragen stellen</li></ol><p>Vandaag is de vraag: "
                            "<strong>Wie ben ik?</strong></p><p><strong>Leerdoel:</strong> je "
                            "kunt zeggen wat voor jou belangrijk is in werk.</p>"
                        ),
                        "leader_notes": (
                            "<p>Stel jezelf en je medeleider kort voor. Zeg duidelijk dat jullie "
                            "vrijwilligers zijn. Jullie werken niet voor de gemeente, het UWV of "
                            "de IND. Voor vertrouwen is dat belangrijk.</p><p>Laat de zeven delen "
                            "zien, met een plaatje of pictogram bij elk deel. Gebruik die "
                            "plaatjes elke week opnieuw. Herhaling geeft houvast.</p><p>Maak "
                            "samen afspraken:</p><ul><li>wat we hier vertellen, blijft in de "
                            "groep;</li><li>je mag altijd 'pas' zeggen;</li><li>vragen stellen is "
                            "goed, ook als je iets niet begrijpt;</li><li>we praten Nederlands, "
                            "en we helpen elkaar.</li></ul><p>Taal: praat rustig en gebruik korte "
                            "zinnen. Praat niet harder en niet als tegen een kind. Vraag niet "
                            "'Begrijp je het?', want bijna iedereen zegt dan ja. Vraag liever: "
                            "'Kun je in je eigen woorden zeggen wat we gaan doen?'</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Er is nog geen huiswerk. We maken eerst "
                            "kennis.</p><p>Vertel:</p><ul><li>Hoe heet je?</li><li>Uit welk land "
                            "kom je? Dit mag je zelf kiezen.</li><li>Welk werk heb je "
                            "gedaan?</li><li>Welk werk zoek je?</li></ul><p>Schrijf daarna op wat "
                            "je wilt leren in iWIN.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef zelf eerst het voorbeeld, met dezelfde vier vragen. Houd het "
                            "kort.</p><p>Vraag niet naar de vlucht, naar familie in het land van "
                            "herkomst of naar de verblijfsstatus. Deelnemers vertellen zelf wat "
                            "ze willen. Sommigen hebben veel stress of nare ervaringen "
                            "meegemaakt.</p><p>Een namenspel met een knipoog helpt, bijvoorbeeld: "
                            "noem je naam en je lievelingseten. Dan kun je meteen lachen om de "
                            "verschillen. Humor breekt het ijs.</p><p>Sommige deelnemers kunnen "
                            "moeilijk schrijven, ook in hun eigen taal. Dat zie je niet altijd. "
                            "Laat het antwoord ook mondeling geven; een leider of medeleider kan "
                            "het dan samen met de deelnemer opschrijven.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat wil jij leren in iWIN?",
                                "help": (
                                    "Schrijf één of twee zinnen. Bijvoorbeeld: 'Ik wil weten hoe "
                                    "ik werk vind.'"
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Werk is meer dan geld. Wat is belangrijk voor jou?</p><p>We "
                            "praten samen:</p><ul><li>Welk werk deed je graag?</li><li>Wat vond "
                            "je fijn aan dat werk?</li><li>Wat wil je in "
                            "Nederland?</li></ul><p>Kies daarna uit de lijst wat voor jou "
                            "belangrijk is.</p>"
                        ),
                        "leader_notes": (
                            "<p>Lees de keuzes hardop voor en leg moeilijke woorden uit met een "
                            "voorbeeld of een gebaar. Laat deelnemers elkaar helpen, ook in de "
                            "eigen taal als dat nodig is. Kom daarna terug naar het "
                            "Nederlands.</p><p>Let op: voor sommigen voelt 'kiezen' als luxe, "
                            "omdat ze snel geld moeten verdienen. Erken dat. Weten wat je "
                            "belangrijk vindt helpt toch om goed werk te vinden en te "
                            "houden.</p><p>Tijd: 15 minuten praten, 10 minuten kiezen.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": (
                                    "Wat is belangrijk voor jou in werk? Kies er hoogstens vijf."
                                ),
                                "options": [
                                    "Geld verdienen voor mijn familie",
                                    "Een vast contract",
                                    "Aardige collega's",
                                    "Nederlands leren op mijn werk",
                                    "Mensen helpen",
                                    "Met mijn handen werken",
                                    "Binnen werken",
                                    "Buiten werken",
                                    "Werken in een team",
                                    "Alleen werken",
                                    "Werk dat past bij mijn opleiding",
                                    "Werken dicht bij huis",
                                    "Werktijden die passen bij mijn kinderen",
                                    "Nieuwe dingen leren",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Je leven staat op vier pijlers. Een pijler is een steun, zoals de "
                            "poot van een tafel. Staan de pijlers goed? Dan ben je tevreden. Dit "
                            "heet het <strong>vierkant van tevredenheid</strong>.</p><ol><li>Geef "
                            "elke pijler een cijfer van 0 tot 10.</li><li>0 is heel slecht. 10 is "
                            "heel goed.</li><li>Mis je een pijler? Schrijf je eigen pijler erbij. "
                            "Bijvoorbeeld: familie, geloof of taal leren.</li></ol><p>Kies daarna "
                            "twee pijlers. Die wil je beter maken. Praat erover met een "
                            "medecursist.</p>"
                        ),
                        "leader_notes": (
                            "<p>Teken het vierkant op een flap of scherm: vier lijnen van het "
                            "midden naar de hoeken. In het midden staat 0, in de hoek 10. Doe het "
                            "eerst voor met een bedacht voorbeeld.</p><p>Leg de cijfers uit. Niet "
                            "in elk land wordt met 0 tot 10 gewerkt. Vertel dat een 6 in "
                            "Nederland 'voldoende' is en een 8 'goed'.</p><p>Tijdsverdeling: 10 "
                            "minuten invullen, 15 minuten in tweetallen, 5 minuten in de groep. "
                            "Maak zelf de tweetallen. Zet mensen met dezelfde taal soms samen, "
                            "zodat ze elkaar helpen. Zet ze soms uit elkaar, zodat ze Nederlands "
                            "oefenen.</p><p>Veiligheid: pijlers als wonen, gezondheid en familie "
                            "kunnen pijn doen. Denk aan een kleine woning, gezinshereniging of "
                            "zorgen om familie ver weg. Niemand hoeft cijfers in de groep te "
                            "noemen. Hoor je over grote problemen met geld of wonen? Bespreek het "
                            "na afloop met de coördinator. Die kan doorverwijzen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "rating_grid",
                                "prompt": (
                                    "Hoe tevreden ben je over de vier pijlers van je leven? Geef "
                                    "elke pijler een cijfer van 0 tot 10."
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
                                    "Kies twee pijlers. Die wil je beter maken. Vertel het aan je "
                                    "partner. Wat wil je beter maken? Wat kun je zelf doen? Je "
                                    "partner geeft je één tip. Wissel dan om."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke twee pijlers wil je beter maken? Wat is je eerste stap?"
                                ),
                                "help": "Schrijf ook de tip van je partner op.",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Huiswerk voor deze week. Neem er rustig de tijd voor. Ongeveer "
                            "twee uur is genoeg.</p><ol><li>Schrijf op welk werk je hebt gedaan. "
                            "In je eigen land en in Nederland.</li><li>Ook werk zonder geld telt. "
                            "Bijvoorbeeld: zorgen voor je familie of helpen in de moskee, kerk of "
                            "buurt.</li><li>Wat vond je leuk in dat werk?</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Lees het huiswerk samen hardop. Laat zien waar het staat en hoe "
                            "je een antwoord opslaat, ook op de telefoon. Veel deelnemers hebben "
                            "alleen een telefoon.</p><p>Zeg duidelijk: fouten in het Nederlands "
                            "zijn geen probleem. Huiswerk is geen toets. Een vertaalapp gebruiken "
                            "mag.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": "Welk werk heb je gedaan? Schrijf het op.",
                                "categories": [
                                    "Werk in mijn eigen land",
                                    "Werk in Nederland",
                                    "Werk zonder geld en helpen",
                                ],
                            },
                            {
                                "type": "reflection",
                                "prompt": "Wat vond je leuk in je werk?",
                                "help": (
                                    "Schrijf korte zinnen. Bijvoorbeeld: 'Ik hielp graag klanten.'"
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug op vandaag. Wat heb je geleerd? Wat vond je mooi "
                            "of nieuw?</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe een rondje: iedereen zegt één zin. Help met een begin van een "
                            "zin: 'Vandaag leerde ik...' of 'Ik vond fijn dat...'. Bedank "
                            "iedereen. Geef geen commentaar op de taal.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog een vraag? Vraag het gerust. Je mag ook na afloop even "
                            "blijven.</p>"
                        ),
                        "leader_notes": (
                            "<p>Blijf even beschikbaar. Sommige deelnemers stellen een vraag "
                            "liever niet in de groep.</p><p>Bespreek met je medeleider hoe het "
                            "taalniveau in de groep is. Bij wie was het lastig? Houd daar "
                            "volgende week rekening mee. Persoonlijke verhalen zijn gevoelige "
                            "gegevens: deel ze niet buiten de groep.</p>"
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
                    "Je kunt een gedachte die je tegenhoudt veranderen in een gedachte die je "
                    "helpt."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom terug! Vandaag is de vraag: <strong>Wat belemmert "
                            "mij?</strong></p><p>Belemmeren betekent: tegenhouden. Soms denk je: "
                            "'Dat kan ik niet.' Zo'n gedachte houdt je tegen. Maar je kunt ook "
                            "anders denken. Een andere gedachte kan je "
                            "helpen.</p><p><strong>Leerdoel:</strong> je kunt een gedachte die je "
                            "tegenhoudt veranderen in een gedachte die je helpt.</p>"
                        ),
                        "leader_notes": (
                            "<p>Begin met een kort openingsrondje: 'Hoe gaat het vandaag? Kies "
                            "een duim omhoog, opzij of omlaag.' Dat lukt op elk "
                            "taalniveau.</p><p>Leg het woord 'belemmeren' uit met een gebaar, "
                            "bijvoorbeeld een hand die iemand tegenhoudt. Geef een eigen "
                            "voorbeeld van een gedachte die jou tegenhield.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week schreef je op welk werk je hebt gedaan. Vertel het "
                            "aan je partner.</p><ul><li>Welk werk deed je?</li><li>Wat vond je "
                            "leuk?</li></ul><p>Luister goed naar je partner. Vertel daarna in de "
                            "groep één ding over je partner.</p>"
                        ),
                        "leader_notes": (
                            "<p>Over de ander vertellen is veilig en oefent luisteren en spreken "
                            "tegelijk.</p><p>Niet iedereen heeft het huiswerk gemaakt. Maak daar "
                            "geen punt van en vraag niet wie het niet deed. Laat die deelnemer "
                            "het gewoon nu vertellen. Schaamte maakt mensen stil, en dan leren ze "
                            "minder.</p><p>Tijd: 12 minuten in tweetallen, 8 minuten in de "
                            "groep.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat vertelde je partner over zijn of haar werk?",
                                "help": (
                                    "Schrijf één of twee zinnen. Bijvoorbeeld: 'Mijn partner was "
                                    "kok in een hotel.'"
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Welke gedachten houden jou tegen? Kijk naar de lijst. Welke ken "
                            "je?</p><p>We praten samen:</p><ul><li>Wat denk je als je een nee "
                            "krijgt op een sollicitatie?</li><li>Is dat altijd waar?</li><li>Ken "
                            "je iemand bij wie het toch lukte?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Lees de zinnen uit de lijst hardop. Laat deelnemers met de hand "
                            "laten zien welke ze herkennen. Dat is makkelijker dan "
                            "praten.</p><p>Sommige gedachten komen uit echte ervaringen. "
                            "Discriminatie bestaat, en veel migranten merken het bij "
                            "solliciteren. Ontken dat niet. Zeg: 'Dat is oneerlijk.' Kijk daarna "
                            "samen naar wat iemand wél kan doen.</p><p>Humor kan helpen, maar pas "
                            "op met grapjes over taal of afkomst. Lach met elkaar, nooit om "
                            "iemand.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Welke gedachten ken je van jezelf?",
                                "options": [
                                    "Mijn Nederlands is niet goed genoeg.",
                                    "Mijn diploma telt hier niet.",
                                    "Werkgevers willen geen mensen zoals ik.",
                                    "Ik ben te oud om opnieuw te beginnen.",
                                    "Ik heb geen ervaring in Nederland.",
                                    "Ik ken hier niemand.",
                                    "Ik heb al zo vaak nee gekregen.",
                                    "Ik moet eerst perfect Nederlands spreken.",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Je gaat een gedachte veranderen. Dat doe je in drie "
                            "stappen.</p><ol><li>Schrijf een gedachte op die je "
                            "tegenhoudt.</li><li>Vraag jezelf: is dit altijd "
                            "waar?</li><li>Schrijf een nieuwe gedachte op. Die helpt je. En je "
                            "gelooft hem zelf.</li></ol><p>Een voorbeeld:</p><ul><li>Tegenhouden: "
                            "'Mijn Nederlands is niet goed genoeg.'</li><li>Helpen: 'Ik leer elke "
                            "dag Nederlands. Ik kan al veel zeggen. Op het werk leer ik nog "
                            "meer.'</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Doe het voorbeeld eerst samen op het bord. Laat daarna iedereen "
                            "zelf schrijven (10 minuten) en dan in tweetallen praten (10 "
                            "minuten). Sluit af in de groep (5 minuten).</p><p>De nieuwe gedachte "
                            "moet echt en geloofwaardig zijn. 'Ik spreek perfect Nederlands' "
                            "helpt niet. Loopt iemand vast, vraag dan: 'Wat zou je tegen je broer "
                            "of zus zeggen?'</p><p>Sommige deelnemers dragen veel verdriet of "
                            "stress mee. Merk je dat iemand vastloopt? Dat hoef jij niet op te "
                            "lossen. Bespreek het na afloop met de coördinator.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Welke gedachte houdt jou tegen?",
                                "help": (
                                    "Schrijf de gedachte op. Bijvoorbeeld: 'Ik ken hier niemand.'"
                                ),
                            },
                            {
                                "type": "reflection",
                                "prompt": "Welke nieuwe gedachte helpt jou?",
                                "help": (
                                    "Schrijf een zin die waar is en die je zelf gelooft. "
                                    "Bijvoorbeeld: 'Ik ken al mensen in deze groep.'"
                                ),
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Lees je nieuwe gedachte voor aan je partner. Je partner "
                                    "vraagt: 'Geloof je dit?' Verander de zin als dat nodig is. "
                                    "Wissel dan om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>In een auto kijk je soms in de spiegel achter je. Maar je rijdt "
                            "vooruit. Zo is het ook met je leven.</p><ol><li>Schrijf op wat je "
                            "achter je laat.</li><li>Schrijf op wat je meeneemt. Bijvoorbeeld: je "
                            "kennis, je ervaring, je kracht.</li><li>Zeg je nieuwe gedachte elke "
                            "dag tegen jezelf.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>De achteruitkijkspiegel is een beeld uit de praktijk van de "
                            "maatjes. Laat een plaatje van een autospiegel zien; dan is het "
                            "meteen duidelijk.</p><p>Let op: voor mensen die gevlucht zijn, is "
                            "'achter je laten' soms pijnlijk. Zeg erbij dat je niets hoeft te "
                            "vergeten. Het gaat om wat je helpt om verder te gaan.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": "De spiegel: wat laat je achter je en wat neem je mee?",
                                "categories": ["Dit laat ik achter me", "Dit neem ik mee"],
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Wat heb je vandaag geleerd? Welke nieuwe "
                            "gedachte neem je mee?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag wie zijn nieuwe gedachte hardop wil zeggen. Hardop zeggen "
                            "maakt hem sterker. Niemand hoeft. Bedank iedereen die het doet.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": "<p>Heb je nog een vraag? Vraag het gerust, nu of na afloop.</p>",
                        "leader_notes": (
                            "<p>Dit onderwerp kan na afloop nog doorwerken. Blijf even "
                            "beschikbaar. Bespreek met je medeleider of een maatje naast iWIN "
                            "goed is voor iemand. Bij iWIN is dat vaak het geval.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 3,
                "title": "Wat kan ik?",
                "learning_goal": "Je kunt drie dingen noemen die je goed kunt, met een voorbeeld.",
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag is de vraag: <strong>Wat kan "
                            "ik?</strong></p><p>Je kunt veel. Dat heb je geleerd in je werk, op "
                            "school en thuis. Dat noemen we competenties. Vandaag zoek je "
                            "voorbeelden. Die heb je later nodig voor je cv en voor een gesprek "
                            "met een werkgever.</p><p><strong>Leerdoel:</strong> je kunt drie "
                            "dingen noemen die je goed kunt, met een voorbeeld.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg het woord 'competentie' uit: iets wat je goed kunt en wat je "
                            "laat zien in wat je doet. Geef een voorbeeld uit je eigen "
                            "leven.</p><p>In veel culturen is het niet netjes om over jezelf op "
                            "te scheppen. Zeg dat in Nederland een werkgever juist wil horen wat "
                            "je kunt. Dat is geen opscheppen, het is informatie.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week keek je in de spiegel. Vertel aan je "
                            "partner:</p><ul><li>Wat laat je achter je?</li><li>Wat neem je "
                            "mee?</li></ul><p>Luister goed. In wat je partner meeneemt, zitten "
                            "vaak dingen die hij goed kan.</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 12 minuten in tweetallen, 8 minuten in de groep. Vraag in "
                            "de groep alleen naar wat mensen meenemen, niet naar wat ze "
                            "achterlaten. Dat kan te persoonlijk zijn.</p><p>Is het huiswerk niet "
                            "gemaakt? Geen probleem. Laat de deelnemer nu één ding noemen dat hij "
                            "meeneemt.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Je laat niet alleen op je werk zien wat je kunt.</p><ul><li>Zorg "
                            "je voor je familie? Dan kun je plannen en zorgen.</li><li>Help je "
                            "anderen met vertalen? Dan kun je goed communiceren.</li><li>Ben je "
                            "naar een nieuw land gegaan? Dan kun je je aanpassen aan iets nieuws. "
                            "Dat is een sterke competentie!</li></ul><p>We praten samen: waar ben "
                            "je trots op? Waarvoor vragen mensen jou om hulp?</p>"
                        ),
                        "leader_notes": (
                            "<p>Een oud-deelnemer kreeg van zijn maatje de tip om zijn afkomst te "
                            "noemen in zijn sollicitatiebrief. Wie uit een andere cultuur komt en "
                            "zich hier een plek bouwt, laat zien dat hij zich goed kan aanpassen. "
                            "Vertel dit voorbeeld; het geeft veel deelnemers een nieuwe blik op "
                            "hun eigen verhaal.</p><p>Schrijf de competenties die je hoort op het "
                            "bord. Geef concrete complimenten: 'Ik hoor dat je heel geduldig "
                            "bent.'</p>"
                        ),
                        "minutes": 25,
                        "exercises": [],
                    },
                    "deepening": {
                        "text": (
                            "<p>Kies vijf dingen uit de lijst die je goed kunt.</p><p>Kies er "
                            "daarna één. Vertel je partner een voorbeeld. Gebruik drie "
                            "vragen:</p><ol><li>Waar was je?</li><li>Wat deed je?</li><li>Wat "
                            "gebeurde er daarna?</li></ol><p>Je partner luistert en zegt wat hij "
                            "nog meer hoort.</p>"
                        ),
                        "leader_notes": (
                            "<p>Lees alle keuzes voor. De uitleg tussen haakjes helpt bij "
                            "moeilijke woorden.</p><p>Doe het eerst voor met een eigen voorbeeld. "
                            "Let erop dat de verteller 'ik' zegt en niet "
                            "'wij'.</p><p>Tijdsverdeling: 8 minuten kiezen, 16 minuten in "
                            "tweetallen, 6 minuten in de groep.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Wat kun je goed? Kies er vijf.",
                                "options": [
                                    "Samenwerken (goed werken met anderen)",
                                    "Zelfstandig werken (werken zonder hulp)",
                                    "Plannen (weten wat je wanneer doet)",
                                    "Klanten helpen",
                                    "Goed luisteren",
                                    "Problemen oplossen",
                                    "Doorzetten (niet opgeven)",
                                    "Precies werken (zonder fouten)",
                                    "Je aanpassen aan iets nieuws",
                                    "Snel leren",
                                    "Zorgen voor anderen",
                                    "Met je handen werken",
                                    "Talen spreken",
                                    "Leidinggeven (een groep helpen en sturen)",
                                ],
                                "multiple": True,
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel je partner een voorbeeld. Waar was je? Wat deed je? "
                                    "Wat gebeurde er daarna? Je partner zegt wat je goed kunt. "
                                    "Wissel dan om."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": "Schrijf je voorbeeld op. Wat kun je goed?",
                                "help": (
                                    "Schrijf drie korte zinnen: waar was je, wat deed je, wat "
                                    "gebeurde er daarna."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Huiswerk voor deze week:</p><ol><li>Vraag twee mensen: 'Wat kan "
                            "ik goed?' Bijvoorbeeld iemand uit je familie, een vriend, een "
                            "buurman of je taaldocent.</li><li>Schrijf op wat ze "
                            "zeggen.</li><li>Schrijf nog één voorbeeld op van iets wat je goed "
                            "kunt.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Oefen de vraag even hardop in de groep: 'Wat kan ik goed?' Dan "
                            "durven deelnemers hem thuis ook te stellen. Het mag ook in de eigen "
                            "taal; het antwoord schrijven ze in het Nederlands op.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat zeiden twee mensen over wat je goed kunt?",
                                "help": "Schrijf op wie je het vroeg en wat die persoon zei.",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Schrijf nog één voorbeeld op van iets wat je goed kunt."
                                ),
                                "help": (
                                    "Gebruik weer de drie vragen: waar was je, wat deed je, wat "
                                    "gebeurde er daarna?"
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Wat kun je goed? Wat hoorde je van een ander dat "
                            "je nog niet wist?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag in de ronde naar verrassingen: 'Wat zag je partner in jou?' "
                            "Dat geeft energie en trots.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog een vraag? Vraag het gerust. Je mag ook na afloop even "
                            "blijven.</p><p>De volgende keer is de vraag: Wat wil ik?</p>"
                        ),
                        "leader_notes": (
                            "<p>Noteer met je medeleider de sterke punten die je bij deelnemers "
                            "zag. Die komen terug bij het cv in stap 7 en bij de diploma's in "
                            "stap 10.</p>"
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
                    "Je hebt een lijst met wensen voor je leven en je weet welke wensen over werk "
                    "gaan."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag is de vraag: <strong>Wat wil "
                            "ik?</strong></p><p>Je mag dromen. Je maakt een bucketlist. Dat is "
                            "een lijst met dingen die je nog wilt doen of leren. Over werk, maar "
                            "ook over je familie, je huis en je vrije "
                            "tijd.</p><p><strong>Leerdoel:</strong> je hebt een lijst met wensen "
                            "en je weet welke wensen over werk gaan.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat zien hoe de stappen samenhangen: wat vind ik belangrijk, wat "
                            "houdt me tegen, wat kan ik, en nu: wat wil ik?</p><p>Een luchtige "
                            "start: 'Wat wilde je worden toen je klein was?' Dat levert vaak "
                            "mooie en grappige verhalen op.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week vroeg je twee mensen wat je goed kunt. Vertel het in "
                            "je groepje van drie.</p><ul><li>Wie heb je het gevraagd?</li><li>Wat "
                            "zeiden ze?</li></ul><p>Geef elkaar een compliment.</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 15 minuten in drietallen, 5 minuten in de "
                            "groep.</p><p>Heeft iemand het niet gevraagd? Laat dan de twee "
                            "anderen in het drietal zeggen wat zij in hem zien. Zo krijgt hij "
                            "toch een antwoord, zonder schaamte.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [],
                    },
                    "group_talk": {
                        "text": (
                            "<p>We praten samen:</p><ul><li>Wat wilde je worden toen je klein "
                            "was?</li><li>Wat was je werk vroeger? Wat mis je "
                            "daarvan?</li><li>Wat wil je nu in Nederland?</li></ul><p>Soms kan je "
                            "droom niet meteen. Dan kun je eerst ander werk doen. Dat kan een "
                            "stap zijn naar je droom.</p>"
                        ),
                        "leader_notes": (
                            "<p>Neem dromen serieus. Veel deelnemers hadden een beroep en een "
                            "positie die ze in Nederland (nog) niet hebben. Dat is verlies. Geef "
                            "daar ruimte aan zonder het gesprek zwaar te maken.</p><p>Vraag naar "
                            "de kern: 'Wat vond je mooi aan dat werk?' Die kern past vaak ook in "
                            "ander werk. In stap 10 komt het onderwerp diploma's en werk onder je "
                            "oude niveau uitgebreider aan bod.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [],
                    },
                    "deepening": {
                        "text": (
                            "<p>Maak je bucketlist. Schrijf bij elk onderwerp wat je wilt. Groot "
                            "of klein, alles mag.</p><p>Kies daarna de drie belangrijkste wensen. "
                            "Vertel ze aan je partner. Welke wens gaat over werk?</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijdsverdeling: 15 minuten schrijven, 10 minuten in tweetallen, 5 "
                            "minuten in de groep.</p><p>Loop rond en help met een vraag per "
                            "onderwerp, bijvoorbeeld: 'Wat wil je leren?' Schrijven mag ook in "
                            "steekwoorden of met tekeningetjes. Een foto of plaatje erbij maken "
                            "helpt sommige deelnemers.</p><p>In de groep noemt iedereen één wens, "
                            "als hij dat wil. De hele lijst blijft privé.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": "Mijn bucketlist: wat wil je nog doen of leren?",
                                "categories": [
                                    "Werk",
                                    "Leren en taal",
                                    "Familie",
                                    "Vrienden",
                                    "Gezondheid en sport",
                                    "Wonen en geld",
                                    "Vrije tijd",
                                    "Anderen helpen",
                                ],
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel je partner je drie belangrijkste wensen. Zoek samen: "
                                    "welke wens gaat over werk? Welk werk past daarbij? Wissel "
                                    "dan om."
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat zijn je drie belangrijkste wensen? Welke gaat over werk?"
                                ),
                                "help": "Schrijf ook op welk werk je partner erbij bedacht.",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Huiswerk voor deze week:</p><ol><li>Beschrijf een goede werkdag. "
                            "Hoe laat begin je? Waar ben je? Wat doe je? Met wie werk "
                            "je?</li><li>Kies één wens van je lijst. Wat kun je deze maand al "
                            "doen?</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Geef een kort voorbeeld van een werkdag, in vijf simpele zinnen. "
                            "Dat helpt deelnemers op weg.</p><p>Kondig aan dat deelnemers "
                            "volgende week vacatures zoeken, ook voor een medecursist.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Beschrijf een goede werkdag.",
                                "help": (
                                    "Schrijf vijf korte zinnen. Bijvoorbeeld: 'Ik begin om acht "
                                    "uur. Ik werk in een keuken.'"
                                ),
                            },
                            {
                                "type": "reflection",
                                "prompt": "Welke wens kies je? Wat doe je deze maand?",
                                "help": (
                                    "Kies iets kleins dat echt lukt. Bijvoorbeeld: iemand iets "
                                    "vragen of iets opzoeken."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Was dromen makkelijk of moeilijk? Welke wens van "
                            "een ander vond je mooi?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag: 'Welke wens van iemand anders vond je mooi?' Dat maakt de "
                            "groep hechter.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog een vraag? Vraag het gerust. Je mag ook na afloop even "
                            "blijven.</p><p>De volgende keer gaan we vacatures zoeken.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vragen over inburgering, taalles of een uitkering? Beantwoord "
                            "alleen wat je zeker weet. Verwijs voor de rest naar de gemeente of "
                            "de coördinator. iWIN werkt naast de instanties, niet in hun "
                            "plaats.</p><p>Maak alvast de tweetallen voor het zoeken naar "
                            "vacatures volgende week.</p>"
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
                    "Je kunt vacatures vinden en lezen, voor jezelf en voor een medecursist."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag is de vraag: <strong>Wat zoek "
                            "ik?</strong></p><p>Een vacature is een baan die vrij is. Een "
                            "werkgever zoekt iemand. Je gaat vacatures zoeken. Voor jezelf, en "
                            "ook voor een medecursist.</p><p><strong>Leerdoel:</strong> je kunt "
                            "vacatures vinden en lezen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Neem geprinte vacatures mee, in eenvoudige taal als dat kan. Niet "
                            "iedereen heeft een laptop; veel deelnemers zoeken op hun "
                            "telefoon.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week schreef je over een goede werkdag. Lees hem voor aan "
                            "je partner. Je partner bedenkt drie soorten werk die erbij "
                            "passen.</p><p>Vertel ook: welke wens van je lijst heb je deze week "
                            "gedaan?</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 14 minuten in tweetallen, 6 minuten in de groep.</p><p>Wie "
                            "het huiswerk niet maakte, vertelt zijn werkdag nu. Dat lukt bijna "
                            "altijd. Niemand hoeft uit te leggen waarom het huiswerk niet af "
                            "is.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Welk werk bedacht je partner bij jouw werkdag?",
                                "help": "Schrijf de drie soorten werk op.",
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Waar vind je vacatures?</p><ul><li>werk.nl</li><li>andere "
                            "vacaturesites</li><li>de website van een bedrijf</li><li>een "
                            "uitzendbureau</li><li>de bibliotheek of het werkplein</li><li>mensen "
                            "die je kent</li></ul><p>In een vacature staan vaak moeilijke "
                            "woorden. We leren er samen een "
                            "paar:</p><ul><li><strong>fulltime:</strong> ongeveer 36 tot 40 uur "
                            "per week</li><li><strong>parttime:</strong> minder uren per "
                            "week</li><li><strong>bruto:</strong> je loon voordat er belasting af "
                            "gaat</li><li><strong>netto:</strong> wat je echt op je bankrekening "
                            "krijgt</li><li><strong>proeftijd:</strong> de eerste tijd, waarin "
                            "jij en de werkgever kijken of het "
                            "past</li><li><strong>eisen:</strong> wat je moet kunnen; "
                            "<strong>wensen:</strong> wat fijn is, maar niet moet</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers eerst vertellen waar ze al zoeken. Vul daarna "
                            "aan.</p><p>Vertel dat je niet aan alle eisen hoeft te voldoen om te "
                            "reageren. Veel migranten reageren alleen als ze alles kunnen; moedig "
                            "aan om het ook bij een deel te proberen.</p><p>Vertel ook over "
                            "uitzendbureaus: veel mensen beginnen daar. Leg uit dat een tijdelijk "
                            "contract in Nederland normaal is als start.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": "Welke nieuwe woorden over werk heb je vandaag geleerd?",
                                "categories": ["Nieuw woord", "Wat het betekent"],
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Kies samen met je partner één vacature. Lees hem "
                            "samen.</p><ol><li>Noem eerst vijf goede punten van deze "
                            "baan.</li><li>Noem dan drie moeilijke punten.</li><li>Wat kun je al? "
                            "Wat moet je nog leren?</li></ol><p>Eerst de goede punten. Moeilijke "
                            "punten zie je meestal vanzelf.</p>"
                        ),
                        "leader_notes": (
                            "<p>Houd je streng aan de volgorde: eerst vijf goede, dan drie "
                            "moeilijke punten. Zo buigt het denken om naar de positieve "
                            "kant.</p><p>Tijdsverdeling: 5 minuten kiezen, 20 minuten in "
                            "tweetallen, 5 minuten in de groep. Help met moeilijke woorden in de "
                            "vacature. Laat deelnemers zelf de woorden onderstrepen die ze niet "
                            "kennen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Kies samen één vacature. Noem samen eerst vijf goede punten. "
                                    "Noem dan drie moeilijke punten. Wat kunnen jullie al?"
                                ),
                                "grouping": "pairs",
                            },
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Welke vacature heb je gelezen? Wat zijn de vijf goede punten?"
                                ),
                                "help": (
                                    "Schrijf de naam van de baan en het bedrijf op. Schrijf dan "
                                    "de vijf goede punten."
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Huiswerk voor deze week. De leiders vertellen wie je partner "
                            "is.</p><ol><li>Zoek drie vacatures voor jezelf.</li><li>Zoek twee "
                            "vacatures voor je partner.</li><li>Schrijf bij elke vacature: waarom "
                            "past hij?</li><li>Stuur de vacatures voor je partner door voor de "
                            "volgende keer.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Maak de tweetallen voor het eind van de bijeenkomst. "
                            "Telefoonnummers delen mag alleen als beide deelnemers dat "
                            "willen.</p><p>Laat zien hoe je een vacature deelt via de telefoon. "
                            "Dat is voor veel deelnemers nieuw.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Welke vacatures heb je gevonden? Schrijf de baan, het "
                                    "bedrijf en waarom hij past."
                                ),
                                "categories": [
                                    "Vacatures voor mezelf",
                                    "Vacatures voor mijn partner",
                                ],
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Hoe was het om een vacature te lezen? Welke "
                            "woorden ken je nu?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag ook of deelnemers het spannend vinden om voor een ander te "
                            "zoeken. Stel gerust: meedenken is al goed, ook als de vacature niet "
                            "perfect past.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog een vraag? Vraag het gerust. Je mag ook na afloop even "
                            "blijven.</p><p>Weet je voor wie je vacatures zoekt? Vraag het anders "
                            "nu.</p>"
                        ),
                        "leader_notes": (
                            "<p>Controleer dat iedereen weet voor wie hij zoekt. Geef de tip dat "
                            "in de bibliotheek computers staan en dat er vaak hulp is.</p>"
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
                    "Je hebt een netwerkkaart en je weet welke drie mensen je iets gaat vragen."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag is de vraag: <strong>Hoe vind "
                            "ik?</strong></p><p>In Nederland vinden veel mensen werk via mensen "
                            "die ze kennen. Dat heet je netwerk. Je netwerk is groter dan je "
                            "denkt. Ook deze groep is een "
                            "netwerk.</p><p><strong>Leerdoel:</strong> je hebt een netwerkkaart "
                            "en je weet welke drie mensen je iets gaat vragen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Leg uit dat netwerken hier gewoon is. Het is niet 'voortrekken' "
                            "of oneerlijk. Je vraagt om informatie of een tip, niet om een "
                            "gunst.</p><p>Vertel een eigen voorbeeld: hoe vond jij ooit werk of "
                            "een klus via iemand die je kende?</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week zocht je vacatures voor je partner. Ga bij elkaar "
                            "zitten.</p><ul><li>Welke vacatures vond je voor je "
                            "partner?</li><li>Waarom passen ze?</li><li>Welke vacature van je "
                            "partner vind je goed?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 12 minuten in tweetallen, 8 minuten in de "
                            "groep.</p><p>Heeft iemand niets gevonden? Zoek dan twee minuten "
                            "samen in de groep en laat zien hoe je zoekt. Zo leert iedereen, en "
                            "niemand wordt beschaamd.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Welke vacature van je partner vind je goed? Waarom?",
                                "help": (
                                    "Schrijf de naam van de baan op en wat je er goed aan vindt."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>We praten samen:</p><ul><li>Heb je ooit iets gekregen via iemand "
                            "die je kent? Een baan, een huis, een tip?</li><li>Is het moeilijk om "
                            "iemand iets te vragen?</li></ul><p>Goede vragen zijn klein en "
                            "duidelijk. Bijvoorbeeld:</p><ul><li>'Waar werk jij? Wat doe je "
                            "daar?'</li><li>'Ken jij iemand die in de zorg werkt?'</li><li>'Als "
                            "je een vacature ziet, wil je aan mij denken?'</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Oefen de voorbeeldvragen hardop, samen met de groep. Herhalen "
                            "helpt bij de taal.</p><p>Veel deelnemers hebben een klein netwerk in "
                            "Nederland, of vooral mensen uit het eigen land. Dat is ook een "
                            "netwerk! Laat daarnaast zien dat vrijwilligerswerk, taalles, sport "
                            "en de buurt nieuwe contacten geven, en daarmee ook Nederlands "
                            "oefenen.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [],
                    },
                    "deepening": {
                        "text": (
                            "<p>Maak je netwerkkaart. Schrijf bij elke groep de mensen die je "
                            "kent.</p><p>Kies daarna drie mensen. Aan hen ga je deze week iets "
                            "vragen. Bedenk per persoon een vraag.</p><p>Help elkaar: zeg in de "
                            "groep welk werk je zoekt. Kent iemand een persoon die daar werkt?</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijdsverdeling: 12 minuten kaart maken, 10 minuten in drietallen "
                            "vragen oefenen, 8 minuten netwerkronde in de groep.</p><p>De "
                            "netwerkronde is het sterkste deel. Noteer de contacten die uit de "
                            "groep komen. Gegevens van anderen geef je alleen door met hun "
                            "toestemming.</p><p>Een grapje helpt tegen de spanning: 'Ook de "
                            "buurvrouw met de hond telt mee.'</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": "Mijn netwerkkaart: wie ken je?",
                                "categories": [
                                    "Familie",
                                    "Vrienden en buren",
                                    "Mensen uit mijn land",
                                    "Taalles en school",
                                    "Kerk, moskee of vereniging",
                                    "Vrijwilligerswerk",
                                    "Gemeente, werkcoach en andere hulp",
                                    "Mensen uit iWIN",
                                ],
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel in je groepje van drie aan wie je iets gaat vragen. "
                                    "Oefen je vraag hardop. De anderen helpen je met de woorden."
                                ),
                                "grouping": "threes",
                            },
                            {
                                "type": "reflection",
                                "prompt": "Aan welke drie mensen ga je iets vragen? Wat vraag je?",
                                "help": (
                                    "Schrijf per persoon de naam en je vraag. Hoe doe je het: "
                                    "bellen, een bericht of langsgaan?"
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Huiswerk voor deze week:</p><ol><li>Stel je vraag aan de drie "
                            "mensen. Schrijf op hoe het ging.</li><li>Heb je een cv? Neem het mee "
                            "naar de volgende keer. Heb je nog geen cv? Schrijf op welk werk en "
                            "welke opleidingen je hebt gedaan, met de jaartallen.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Vraag wie hulp nodig heeft bij het cv. Regel dat eventueel via "
                            "een maatje of de bibliotheek. In stap 7 werken we aan het cv.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wie heb je iets gevraagd? Wat was het antwoord?",
                                "help": (
                                    "Schrijf per persoon één of twee zinnen. Ook 'nog geen "
                                    "antwoord' mag."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Is je netwerk groter dan je dacht? Welke tip uit "
                            "de groep ga je gebruiken?</p>"
                        ),
                        "leader_notes": (
                            "<p>Zeg hardop wat de groep vandaag voor elkaar deed: namen en tips "
                            "delen. Dat is netwerken. Het geeft trots.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog een vraag? Vraag het gerust. Je mag ook na afloop even "
                            "blijven.</p><p>Neem de volgende keer je cv mee, of je lijst met werk "
                            "en opleidingen.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag deelnemers hun cv of hun lijst met werk en opleidingen mee "
                            "te nemen. Bespreek met je medeleider wie extra hulp nodig heeft bij "
                            "het cv.</p>"
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
                    "Je kunt jezelf in één minuut voorstellen en je hebt een Nederlands cv."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag is: <strong>Dit ben ik!</strong></p><p>Je laat "
                            "zien wie je bent. Je maakt een korte pitch: wie ben ik, in één "
                            "minuut. Je werkt aan je cv. En je leert iets over LinkedIn en social "
                            "media.</p><p><strong>Leerdoel:</strong> je kunt jezelf in één minuut "
                            "voorstellen en je hebt een Nederlands cv.</p>"
                        ),
                        "leader_notes": (
                            "<p>Dit is een volle bijeenkomst. Houd de tijd goed in de gaten, "
                            "vooral bij het oefenen van de pitch.</p><p>Vertel dat iWIN na "
                            "vandaag nog drie stappen heeft: werkcultuur, taal op het werk en "
                            "diploma's.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week vroeg je drie mensen iets. Vertel in de "
                            "groep:</p><ul><li>Wie heb je iets gevraagd?</li><li>Wat was het "
                            "antwoord?</li><li>Was het spannend?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Snelle ronde, ongeveer een minuut per persoon. Vier elke stap, "
                            "ook een klein bericht. Wie nog niemand vroeg, vraag je: 'Wie vraag "
                            "je als eerste?' Zo blijft het positief.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat leverde het vragen op?",
                                "help": (
                                    "Schrijf op wat je hoorde, en wie je als volgende iets wilt "
                                    "vragen."
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Een Nederlands cv is kort en duidelijk. Een paar "
                            "tips:</p><ul><li>Hoogstens twee bladzijden.</li><li>Begin met drie "
                            "zinnen over jezelf: wie ben je, wat kun je, wat zoek je?</li><li>Zet "
                            "je laatste werk bovenaan.</li><li>Schrijf je talen op, met je "
                            "niveau. Bijvoorbeeld: Nederlands A2, Arabisch moedertaal, Engels "
                            "goed.</li><li>Zet ook vrijwilligerswerk en taalles op je "
                            "cv.</li><li>Een foto mag, maar hoeft niet. Geloof hoef je niet te "
                            "noemen.</li></ul><p>Op LinkedIn kun je een profiel maken. Werkgevers "
                            "kijken daar. Zoek jezelf ook eens op internet. Wat zien "
                            "werkgevers?</p><p>Bekijk daarna in tweetallen elkaars cv. Geef één "
                            "compliment en één tip.</p>"
                        ),
                        "leader_notes": (
                            "<p>Een cv ziet er in elk land anders uit. Leg uit wat hier gewoon "
                            "is. Laat een voorbeeld-cv zien dat eenvoudig en helder is.</p><p>Let "
                            "op: deelnemers die in hun land een hoge functie hadden, willen soms "
                            "alles opschrijven. Help kiezen wat past bij het werk dat ze nu "
                            "zoeken.</p><p>Regel 'één compliment en één tip': dat houdt het "
                            "veilig. Heeft iemand nog geen cv? Laat hem samen met een ander de "
                            "drie zinnen over zichzelf schrijven.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Bekijk elkaars cv. Geef één compliment en één tip. Wissel "
                                    "dan om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Een pitch is een korte tekst over jezelf. Je zegt hem in één "
                            "minuut. Je gebruikt hem als je iemand ontmoet. Of in een "
                            "sollicitatiegesprek, als de werkgever vraagt: 'Vertel eens iets over "
                            "jezelf.'</p><p>Je pitch heeft vier delen:</p><ol><li>Wie ben "
                            "ik?</li><li>Wat kan ik? Geef één voorbeeld.</li><li>Welk werk zoek "
                            "ik?</li><li>Wat vraag ik?</li></ol><p>Een voorbeeld: 'Ik ben Samira. "
                            "Ik kom uit Syrië en woon nu in Zwolle. In Syrië was ik kapper. Ik "
                            "werk precies en ik praat graag met klanten. Ik zoek werk in een "
                            "kapsalon. Kent u een salon die iemand zoekt?'</p><p>Schrijf je "
                            "pitch. Oefen hem daarna in een groepje van drie.</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijdsverdeling: 10 minuten schrijven, 15 minuten oefenen in "
                            "drietallen, 5 minuten: twee of drie deelnemers doen hun pitch voor "
                            "de groep.</p><p>Help met korte, eigen zinnen. Een pitch uit het "
                            "hoofd leren is niet nodig; een briefje mag. Laat iedereen twee keer "
                            "oefenen. De tweede keer gaat bijna altijd beter. Applaus "
                            "helpt.</p><p>Dwing niemand om voor de groep te spreken. Een pitch in "
                            "het drietal is ook goed.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Schrijf je pitch: wie ben je, wat kun je, welk werk zoek je "
                                    "en wat vraag je?"
                                ),
                                "help": (
                                    "Schrijf vier tot zes korte zinnen. Lees ze hardop. Klinkt "
                                    "het zoals jij praat?"
                                ),
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen je pitch in een groepje van drie. Eén persoon vertelt. "
                                    "Eén persoon luistert. Eén persoon let op de tijd en geeft "
                                    "één compliment en één tip. Wissel dan van rol."
                                ),
                                "grouping": "threes",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Huiswerk voor deze week:</p><ol><li>Verbeter je cv met de tip die "
                            "je kreeg.</li><li>Sla je cv op in je werkboek.</li><li>Oefen je "
                            "pitch drie keer hardop. Bijvoorbeeld voor de spiegel of voor iemand "
                            "thuis.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Laat zien hoe je een bestand opslaat, ook vanaf een telefoon. "
                            "Bestanden mogen pdf, Word (docx) of OpenDocument (odt) zijn, tot 5 "
                            "MB. Bied hulp aan via een maatje of de bibliotheek.</p><p>Het cv in "
                            "het werkboek is alleen zichtbaar voor de deelnemer en zijn "
                            "begeleiders.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "upload",
                                "prompt": "Sla hier je cv op.",
                                "file_types": ["pdf", "docx", "odt"],
                                "max_mb": 5,
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Wat heb je vandaag geleerd over jezelf laten "
                            "zien?</p><p>Maak ook een eerste actieplan. Schrijf drie doelen op. "
                            "Schrijf bij elk doel wat je als volgende stap doet en wanneer.</p>"
                        ),
                        "leader_notes": (
                            "<p>Geef 8 minuten voor het actieplan. Help de stappen klein en "
                            "concreet te maken, met een echte datum. In stap 10 maken deelnemers "
                            "hun actieplan af.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                            {
                                "type": "action_plan",
                                "prompt": (
                                    "Mijn actieplan: welke drie doelen heb je? Wat is je volgende "
                                    "stap en wanneer doe je die?"
                                ),
                                "rows": 3,
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog een vraag? Vraag het gerust.</p><p>De volgende keer "
                            "gaat het over werken in Nederland: de regels op het werk die niemand "
                            "opschrijft.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag deelnemers om voor de volgende keer na te denken over werk "
                            "in hun eigen land: hoe ging het daar met tijd, met de baas en met "
                            "ziek zijn?</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 8,
                "title": "De Nederlandse arbeidsmarkt en werkcultuur",
                "learning_goal": (
                    "Je kent belangrijke regels op het werk in Nederland en je kunt je ziek melden."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag gaat het over werken in Nederland.</p><p>Op elk "
                            "werk zijn regels. Sommige regels staan op papier. Andere regels "
                            "schrijft niemand op. Iedereen verwacht ze wel. Die regels heten "
                            "ongeschreven regels.</p><p><strong>Leerdoel:</strong> je kent "
                            "belangrijke regels op het werk in Nederland en je kunt je ziek "
                            "melden.</p>"
                        ),
                        "leader_notes": (
                            "<p>Zet de toon: het gaat niet om 'goed' of 'fout', maar om "
                            "verschillen. Geen cultuur is beter dan een andere. Wie de regels "
                            "kent, kan zelf kiezen hoe hij ermee omgaat.</p><p>Een grapje over "
                            "Nederlandse gewoonten helpt, bijvoorbeeld over de boterham met kaas "
                            "als lunch of de agenda voor een kopje koffie met vrienden.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week verbeterde je je cv en oefende je je pitch. Doe je "
                            "pitch voor je partner. Je partner zegt wat goed ging.</p><p>Vertel "
                            "ook: is het gelukt om je cv op te slaan?</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 12 minuten in tweetallen, 8 minuten in de groep.</p><p>Is "
                            "het opslaan van het cv niet gelukt? Help na afloop. Maak er in de "
                            "groep geen punt van; digitale vaardigheden zijn heel "
                            "verschillend.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat zei je partner over je pitch?",
                                "help": (
                                    "Schrijf het compliment en de tip op. Wat wil je nog "
                                    "veranderen?"
                                ),
                            },
                        ],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Hoe ging het werk in je eigen land? En hoe gaat het hier? We "
                            "praten samen.</p><p>Een paar ongeschreven regels in "
                            "Nederland:</p><ul><li><strong>Op tijd komen.</strong> Op tijd is "
                            "echt op tijd. Ben je te laat? Bel of app dan vóór je "
                            "begintijd.</li><li><strong>Direct zeggen wat je denkt.</strong> "
                            "Nederlanders zeggen vaak direct wat ze vinden. Dat is meestal niet "
                            "onbeleefd bedoeld. Jij mag ook je mening geven.</li><li><strong>De "
                            "leidinggevende.</strong> Je baas is vaak informeel. Je zegt soms "
                            "'je' tegen hem of haar. Vragen stellen is goed. Het laat zien dat je "
                            "wilt leren.</li><li><strong>Afspraken.</strong> Een afspraak staat "
                            "in de agenda. Kun je niet? Zeg het op tijd.</li><li><strong>Nee "
                            "zeggen.</strong> Zeg eerlijk als je iets niet begrijpt of niet kunt. "
                            "Dat vinden ze beter dan ja zeggen en het niet doen.</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers eerst vertellen hoe het in hun land ging. Zo "
                            "wordt het een gesprek over verschillen, geen les. Verwonderpunten "
                            "zijn welkom: 'Wat vond je raar toen je hier kwam?'</p><p>Let op "
                            "gevoelige verschillen, zoals samenwerken met vrouwen en mannen, "
                            "handen geven of bidden op het werk. Bespreek ze rustig en zonder "
                            "oordeel. Vertel dat er vaak afspraken mogelijk zijn als je het op "
                            "tijd bespreekt.</p><p>Tijd: 15 minuten gesprek, 10 minuten voor de "
                            "lijst.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Hoe ging werk in je eigen land, en hoe gaat het in Nederland?"
                                ),
                                "categories": [
                                    "Zo ging het in mijn land",
                                    "Zo gaat het in Nederland",
                                ],
                            },
                            {
                                "type": "choice",
                                "prompt": "Welke regels zijn nieuw of moeilijk voor jou?",
                                "options": [
                                    "Precies op tijd komen",
                                    "Bellen als je te laat bent",
                                    "Direct zeggen wat je vindt",
                                    "'Je' zeggen tegen je baas",
                                    "Vragen stellen aan je baas",
                                    "Nee zeggen als je iets niet kunt",
                                    "Je ziek melden op de goede manier",
                                    "Vrije dagen ruim op tijd aanvragen",
                                    "Zelf je lunch meenemen",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Ben je ziek? Dan meld je je ziek. Zo doe je dat:</p><ol><li>Bel "
                            "je leidinggevende. Doe dat vóór je begintijd.</li><li>Een appje is "
                            "vaak niet genoeg. Vraag bij je nieuwe werk hoe het daar "
                            "moet.</li><li>Zeg dat je ziek bent en niet kunt komen.</li><li>Je "
                            "hoeft niet te zeggen wat je hebt. Dat is privé.</li><li>Zeg wanneer "
                            "je weer belt.</li></ol><p>We oefenen dit in een groepje van drie. "
                            "Eén persoon belt. Eén persoon is de leidinggevende. Eén persoon "
                            "kijkt en geeft tips.</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe het rollenspel eerst zelf voor met je medeleider. Overdrijf "
                            "een beetje: eerst een fout gesprek (te laat, alleen een appje, heel "
                            "lang vertellen over je ziekte), dan een goed gesprek. Dat maakt het "
                            "duidelijk en er wordt om gelachen.</p><p>Leg uit dat je in Nederland "
                            "je ziekte niet hoeft te noemen; de bedrijfsarts mag meer weten dan "
                            "de leidinggevende.</p><p>Tijdsverdeling: 5 minuten voordoen, 18 "
                            "minuten oefenen in drietallen (drie rondes), 7 minuten "
                            "nabespreken.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen het ziekmelden. Eén persoon belt, één persoon is de "
                                    "leidinggevende, één persoon kijkt en geeft een tip. Wissel "
                                    "dan van rol, tot iedereen heeft gebeld."
                                ),
                                "grouping": "threes",
                            },
                            {
                                "type": "reflection",
                                "prompt": "Wat zeg je als je je ziek meldt? Schrijf je zinnen op.",
                                "help": (
                                    "Bijvoorbeeld: 'Goedemorgen, met Ahmed. Ik ben ziek. Ik kan "
                                    "vandaag niet komen. Ik bel morgen om acht uur weer.'"
                                ),
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Huiswerk voor deze week:</p><ol><li>Vraag iemand die in Nederland "
                            "werkt: 'Welke regels op jouw werk staan niet op "
                            "papier?'</li><li>Schrijf drie regels op die je hoorde.</li><li>Oefen "
                            "het ziekmelden nog één keer, thuis of met iemand uit de "
                            "groep.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Help deelnemers bedenken wie ze kunnen vragen: een buurman, "
                            "iemand van de taalles, een vrijwilliger. Ook dat is netwerken.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Welke drie ongeschreven regels hoorde je?",
                                "help": (
                                    "Schrijf ook op wie je het vroeg en op wat voor werk die "
                                    "persoon werkt."
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Welke regel was nieuw voor je? Wat vond je "
                            "verrassend?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag ook wat deelnemers uit hun eigen werkcultuur mooi vinden en "
                            "willen houden. Zo blijft het gesprek in balans.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog een vraag over werken in Nederland? Vraag het "
                            "gerust.</p>"
                        ),
                        "leader_notes": (
                            "<p>Vragen over contracten, loon of rechten? Beantwoord alleen wat je "
                            "zeker weet. Verwijs verder naar de gemeente, het Juridisch Loket of "
                            "de coördinator.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 9,
                "title": "Taal op het werk",
                "learning_goal": (
                    "Je kunt vragen om uitleg als je iets niet begrijpt en je kunt een kort "
                    "telefoongesprek voeren."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom! Vandaag gaat het over taal op het werk.</p><p>Je hoeft "
                            "geen perfect Nederlands te spreken om te werken. Je moet wel durven "
                            "vragen als je iets niet begrijpt. En je moet kunnen "
                            "bellen.</p><p><strong>Leerdoel:</strong> je kunt vragen om uitleg en "
                            "je kunt een kort telefoongesprek voeren.</p>"
                        ),
                        "leader_notes": (
                            "<p>Zeg duidelijk: iedereen in deze groep is al bezig met Nederlands "
                            "leren. Dat is knap. Vandaag gaat het niet om fouten, maar om "
                            "durven.</p><p>Taal: praat rustig en gebruik korte zinnen. Praat niet "
                            "harder en niet als tegen een kind. Vraag niet 'Begrijp je het?', "
                            "want bijna iedereen zegt dan ja. Vraag liever: 'Kun je in je eigen "
                            "woorden zeggen wat we gaan doen?'</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week vroeg je iemand naar de ongeschreven regels op zijn "
                            "werk. Vertel het aan je partner.</p><ul><li>Wie heb je het "
                            "gevraagd?</li><li>Welke regels hoorde je?</li><li>Welke regel vond "
                            "je verrassend?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 12 minuten in tweetallen, 8 minuten in de groep. Verzamel "
                            "de regels op het bord. Vaak komen er grappige en herkenbare dingen "
                            "uit.</p><p>Niet gelukt om iemand te vragen? Laat de deelnemer dan "
                            "vertellen wat hij zelf al heeft gezien, bijvoorbeeld bij de taalles "
                            "of in een winkel.</p>"
                        ),
                        "minutes": 20,
                        "exercises": [],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Hoe gaat het met jouw Nederlands? Geef jezelf een cijfer van 0 "
                            "tot 10.</p><p>Daarna praten we samen:</p><ul><li>Wat vind je "
                            "moeilijk aan Nederlands op het werk?</li><li>Wat doe je als je iets "
                            "niet begrijpt?</li><li>Hoe kun je Nederlands oefenen buiten de "
                            "taalles?</li></ul>"
                        ),
                        "leader_notes": (
                            "<p>Let op verborgen laaggeletterdheid, ook in de eigen taal. Mensen "
                            "verbergen het vaak: 'Ik ben mijn bril vergeten' of 'Ik vul het thuis "
                            "in.' Vraag nooit zomaar of iemand iets hardop wil voorlezen. "
                            "Bespreek een vermoeden na afloop, onder vier ogen of met de "
                            "coördinator; er is taalhulp, bijvoorbeeld via het Taalhuis in de "
                            "bibliotheek.</p><p>Tips om te oefenen: vrijwilligerswerk, een "
                            "taalmaatje, Nederlandse radio, praten met de buren. Vraag de groep "
                            "om eigen tips; die werken vaak het best.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "rating_grid",
                                "prompt": (
                                    "Hoe gaat het met je Nederlands? Geef jezelf een cijfer van 0 "
                                    "tot 10."
                                ),
                                "items": ["Luisteren", "Spreken", "Lezen", "Schrijven", "Bellen"],
                                "allow_own_items": False,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Deze zinnen helpen als je iets niet begrijpt:</p><ul><li>'Kunt u "
                            "dat nog een keer zeggen?'</li><li>'Kunt u wat langzamer "
                            "praten?'</li><li>'Wat betekent het woord ...?'</li><li>'Bedoelt u "
                            "dat ik ... moet doen?'</li></ul><p>Deze zinnen helpen als je "
                            "belt:</p><ul><li>'Goedemorgen, u spreekt met ...'</li><li>'Ik bel "
                            "over de vacature voor ...'</li><li>'Mag ik mijn telefoonnummer "
                            "geven?'</li><li>'Dank u wel. Fijne dag nog.'</li></ul><p>We oefenen "
                            "in een groepje van drie. Je belt over een vacature.</p>"
                        ),
                        "leader_notes": (
                            "<p>Doe het gesprek eerst voor met je medeleider. Laat ook zien hoe "
                            "je om herhaling vraagt als de ander te snel praat.</p><p>Laat "
                            "deelnemers echt met de rug naar elkaar zitten, of online met de "
                            "camera uit. Dan lijkt het op bellen: je ziet geen gezicht en geen "
                            "handen.</p><p>Tijdsverdeling: 5 minuten voordoen, 18 minuten oefenen "
                            "(drie rondes), 7 minuten nabespreken. Geef complimenten voor elke "
                            "poging. Verbeter niet elke taalfout; let op of de boodschap "
                            "overkomt.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "instruction",
                                "text": (
                                    "Oefen een telefoongesprek over een vacature. Eén persoon "
                                    "belt, één persoon is de werkgever, één persoon luistert en "
                                    "geeft een tip. Zit met je rug naar elkaar. Wissel dan van "
                                    "rol."
                                ),
                                "grouping": "threes",
                            },
                            {
                                "type": "list",
                                "prompt": "Welke zinnen wil je leren? Schrijf ze op.",
                                "categories": [
                                    "Als ik iets niet begrijp",
                                    "Aan de telefoon",
                                    "Met collega's in de pauze",
                                    "Woorden voor mijn vak",
                                ],
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Huiswerk voor deze week:</p><ol><li>Voer een echt telefoongesprek "
                            "in het Nederlands. Bijvoorbeeld met een bedrijf, een uitzendbureau "
                            "of de bibliotheek.</li><li>Schrijf op hoe het ging.</li><li>Leer "
                            "vijf woorden die bij jouw vak horen.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Bedenk samen voor wie een makkelijk eerste gesprek past, "
                            "bijvoorbeeld bellen naar de bibliotheek om te vragen wanneer die "
                            "open is. Kleine successen geven moed voor het volgende gesprek.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Met wie heb je gebeld? Hoe ging het?",
                                "help": (
                                    "Schrijf op wat goed ging en wat moeilijk was. Wat doe je de "
                                    "volgende keer anders?"
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug. Welke zin ga je deze week gebruiken? Wat vond je "
                            "moeilijk?</p>"
                        ),
                        "leader_notes": (
                            "<p>Vraag iedereen één zin te noemen die hij gaat gebruiken. Herhaal "
                            "de zin samen met de groep. Dat is meteen nog een keer oefenen.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag?",
                                "help": (
                                    "Schrijf één of twee korte zinnen. Fouten maken mag. "
                                    "Bijvoorbeeld: iets nieuws dat je leerde, of iets dat je wilt "
                                    "proberen."
                                ),
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Heb je nog een vraag? Vraag het gerust. Je mag ook na afloop even "
                            "blijven.</p><p>De volgende keer is de laatste bijeenkomst. Dan gaat "
                            "het over diploma's.</p>"
                        ),
                        "leader_notes": (
                            "<p>Wijs op taalhulp in de buurt: het Taalhuis, taalcafés en "
                            "taalmaatjes. Bespreek met de coördinator of een maatje met dezelfde "
                            "achtergrond een goed voorbeeld kan zijn voor een deelnemer.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
            {
                "number": 10,
                "title": "Diploma's en erkenning",
                "learning_goal": (
                    "Je weet hoe je je diploma kunt laten waarderen en je hebt een plan voor je "
                    "eerste stap naar werk."
                ),
                "parts": {
                    "welcome": {
                        "text": (
                            "<p>Welkom bij de laatste bijeenkomst van iWIN!</p><p>Vandaag gaat "
                            "het over je diploma's en je ervaring. Wat is je diploma waard in "
                            "Nederland? En wat doe je als je eerst werk vindt onder je oude "
                            "niveau?</p><p><strong>Leerdoel:</strong> je weet hoe je je diploma "
                            "kunt laten waarderen en je hebt een plan voor je eerste stap.</p>"
                        ),
                        "leader_notes": (
                            "<p>Dit onderwerp raakt veel deelnemers diep. Iemand die arts, leraar "
                            "of ingenieur was, is hier soms 'alleen maar' werkzoekende. Dat is "
                            "een groot verlies. Benoem dat aan het begin.</p><p>Regels en kosten "
                            "rond diplomawaardering veranderen soms. Controleer vooraf de actuele "
                            "informatie op de website van IDW of bij de gemeente.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                    "homework_review": {
                        "text": (
                            "<p>Vorige week voerde je een telefoongesprek in het Nederlands. "
                            "Vertel het aan je partner.</p><ul><li>Met wie heb je "
                            "gebeld?</li><li>Wat ging goed?</li><li>Wat was "
                            "moeilijk?</li></ul><p>Noem ook de vijf woorden van je vak.</p>"
                        ),
                        "leader_notes": (
                            "<p>Tijd: 12 minuten in tweetallen, 8 minuten in de groep. Vier elk "
                            "gesprek, ook als het kort was of niet goed ging. Bellen is voor "
                            "velen de moeilijkste stap.</p><p>Niet gebeld? Geen schaamte. Vraag: "
                            "'Wie ga je bellen, en wanneer?'</p>"
                        ),
                        "minutes": 20,
                        "exercises": [],
                    },
                    "group_talk": {
                        "text": (
                            "<p>Heb je een diploma uit een ander land? Dan kun je het laten "
                            "waarderen. Dat doet IDW. IDW betekent: Internationale "
                            "Diplomawaardering. Je krijgt dan een papier. Daarop staat welk "
                            "Nederlands niveau je diploma heeft.</p><ul><li>Moet je inburgeren of "
                            "ben je gevlucht? Dan is één waardering gratis.</li><li>Heb je geen "
                            "papieren meer van je diploma? Vraag dan naar een indicatie van je "
                            "onderwijsniveau.</li><li>Een diplomawaardering is een advies. De "
                            "werkgever beslist zelf.</li><li>Voor sommige beroepen heb je meer "
                            "nodig. Bijvoorbeeld arts, verpleegkundige of leraar. Vraag daarnaar "
                            "bij de gemeente.</li><li>Heb je veel ervaring, maar geen diploma? "
                            "Soms kun je met een ervaringscertificaat laten zien wat je "
                            "kunt.</li></ul><p>Kies daarna wat bij jou past.</p>"
                        ),
                        "leader_notes": (
                            "<p>IDW is een samenwerking van Nuffic en SBB. Zij waarderen "
                            "buitenlandse diploma's. Leg het eenvoudig uit en laat de website "
                            "zien. Beloof niets over de uitkomst.</p><p>Geef ruimte aan "
                            "frustratie: een diploma dat 'minder waard' blijkt, voelt als "
                            "onrecht. Erken het. Laat daarna zien wat wel kan: een kortere "
                            "opleiding, een ervaringscertificaat (EVC) of een baan in hetzelfde "
                            "vakgebied op een ander niveau.</p><p>Vraag de gemeente of de "
                            "coördinator wie in jullie regio helpt met erkenning van beroepen. "
                            "Jij hoeft niet alle regels te kennen.</p>"
                        ),
                        "minutes": 25,
                        "exercises": [
                            {
                                "type": "choice",
                                "prompt": "Wat past bij jou?",
                                "options": [
                                    "Ik heb een diploma uit mijn eigen land.",
                                    "Mijn diploma is al gewaardeerd.",
                                    "Ik wil mijn diploma laten waarderen.",
                                    "Ik heb geen papieren meer van mijn diploma.",
                                    "Ik heb een beroep waarvoor ik extra erkenning nodig heb.",
                                    "Ik heb veel werkervaring, maar geen diploma.",
                                    "Ik wil in Nederland een opleiding volgen.",
                                ],
                                "multiple": True,
                            },
                        ],
                    },
                    "deepening": {
                        "text": (
                            "<p>Soms kun je niet meteen werken op je oude niveau. Dan kun je "
                            "eerst werk doen onder je niveau. Dat is geen stap terug. Het is een "
                            "eerste stap.</p><p>Een voorbeeld: Mary was directiesecretaresse in "
                            "Malawi. In Nederland deed ze eerst productiewerk. Daarna vond ze "
                            "werk als receptioniste. Ze leert nu beter Nederlands. Misschien kan "
                            "ze later weer verder groeien.</p><p>Zo'n eerste baan geeft "
                            "je:</p><ul><li>Nederlandse werkervaring;</li><li>oefening met de "
                            "taal;</li><li>collega's en een netwerk;</li><li>een eigen "
                            "inkomen.</li></ul><p>Maak je eigen route: van je werk vroeger, via "
                            "een eerste stap nu, naar waar je over drie jaar wilt zijn. Bespreek "
                            "je route met je partner.</p>"
                        ),
                        "leader_notes": (
                            "<p>Verwachtingen bijstellen is gevoelig. Zeg nooit 'accepteer het "
                            "nou maar'. Laat zien dat er een korte en een lange termijn is. Een "
                            "eerste baan kan een springplank zijn, maar let op dat iemand niet "
                            "blijft hangen in tijdelijk werk zonder perspectief.</p><p>Een "
                            "oud-deelnemer of maatje uit hetzelfde land als gastspreker werkt "
                            "heel sterk. Zo'n voorbeeld laat zien dat het "
                            "kan.</p><p>Tijdsverdeling: 5 minuten het voorbeeld bespreken, 12 "
                            "minuten de route schrijven, 13 minuten in tweetallen.</p>"
                        ),
                        "minutes": 30,
                        "exercises": [
                            {
                                "type": "list",
                                "prompt": (
                                    "Mijn route: waar kom ik vandaan, wat is mijn eerste stap en "
                                    "waar wil ik naartoe?"
                                ),
                                "categories": [
                                    "Mijn werk en opleiding vroeger",
                                    "Een eerste stap nu",
                                    "Waar ik over drie jaar wil zijn",
                                ],
                            },
                            {
                                "type": "instruction",
                                "text": (
                                    "Vertel je partner over je route. Je partner vraagt: 'Wat heb "
                                    "je nodig voor je eerste stap?' en geeft één tip. Wissel dan "
                                    "om."
                                ),
                                "grouping": "pairs",
                            },
                        ],
                    },
                    "homework": {
                        "text": (
                            "<p>Dit is je laatste huiswerk van iWIN:</p><ol><li>Wil je je diploma "
                            "laten waarderen? Zoek op wat je nodig hebt. Vraag zo nodig hulp aan "
                            "je maatje of de gemeente.</li><li>Maak je actieplan uit stap 7 af. "
                            "Kijk wat je al hebt gedaan.</li><li>Doe deze week één stap uit je "
                            "actieplan.</li></ol>"
                        ),
                        "leader_notes": (
                            "<p>Vraag wie hulp wil bij het aanvragen van een diplomawaardering. "
                            "Dat kan veel papierwerk zijn. Een maatje kan daarbij helpen, zonder "
                            "het over te nemen.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": (
                                    "Wat doe je met je diploma of je ervaring? Wat is je eerste "
                                    "stap?"
                                ),
                                "help": (
                                    "Bijvoorbeeld: 'Ik vraag een diplomawaardering aan' of 'Ik "
                                    "vraag mijn maatje om hulp bij een ervaringscertificaat.'"
                                ),
                            },
                        ],
                    },
                    "reflection": {
                        "text": (
                            "<p>We kijken terug op vandaag én op heel iWIN. Wat wilde je leren in "
                            "de eerste bijeenkomst? Is dat gelukt?</p><p>Maak je actieplan af. "
                            "Schrijf drie doelen op. Schrijf bij elk doel je volgende stap en een "
                            "datum.</p>"
                        ),
                        "leader_notes": (
                            "<p>Laat deelnemers hun antwoord uit de eerste bijeenkomst "
                            "teruglezen. Dat maakt de groei zichtbaar, ook in de taal.</p><p>Help "
                            "bij het actieplan: kleine stappen, een echte datum. Vraag of "
                            "deelnemers hun plan willen delen met hun maatje of klantmanager. Dat "
                            "is hun eigen keuze.</p>"
                        ),
                        "minutes": 15,
                        "exercises": [
                            {
                                "type": "reflection",
                                "prompt": "Wat neem je mee van vandaag en van iWIN?",
                                "help": (
                                    "Denk terug aan de eerste bijeenkomst. Wat kun je nu wat je "
                                    "toen nog niet kon?"
                                ),
                            },
                            {
                                "type": "action_plan",
                                "prompt": (
                                    "Mijn actieplan na iWIN: welke drie doelen heb je? Wat is je "
                                    "volgende stap en wanneer doe je die?"
                                ),
                                "rows": 3,
                            },
                        ],
                    },
                    "after_talk": {
                        "text": (
                            "<p>Dit is de laatste keer met de groep. Maar je staat er niet alleen "
                            "voor. Je kunt verder met een maatje. Die helpt je één op één. Vraag "
                            "de leiders wat er nog meer is op jouw locatie.</p><p>Wil je contact "
                            "houden met de groep? Spreek het samen af. Heb je nog een vraag? Stel "
                            "hem gerust.</p>"
                        ),
                        "leader_notes": (
                            "<p>Neem ruim de tijd voor afscheid. Bedank iedereen persoonlijk. Een "
                            "klein ritueel past goed, bijvoorbeeld iedereen zegt één wens voor de "
                            "persoon naast zich.</p><p>Bij iWIN is een maatje na de groep bijna "
                            "altijd zinvol. Geef de namen van deelnemers die dat willen door aan "
                            "de coördinator.</p><p>Evalueer na afloop met je medeleider en geef "
                            "je ervaringen door aan de coördinator.</p>"
                        ),
                        "minutes": 10,
                        "exercises": [],
                    },
                },
            },
        ],
    },
]
