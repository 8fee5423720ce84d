"""The intake's language check, edition 1: a short text in plain Dutch (about A2/B1) and five
questions about it. Not an exam: it only helps to choose between the regular JobGroup and iWIN,
or first a buddy (courses.intake)."""

LANGUAGE_CHECK = {
    "title": "Taalcheck voor de intake",
    "slug": "taalcheck",
    "intro": (
        "Lees de tekst hieronder rustig door. Je mag de tekst laten voorlezen. "
        "Beantwoord daarna de vragen. Dit is geen examen: het helpt ons om de groep te kiezen "
        "die het beste bij je past."
    ),
    "reading_text": (
        "Samira woont in Zoetermeer. Ze zoekt werk in een winkel. Elke maandag gaat ze naar de "
        "bibliotheek. Daar kijkt ze op de computer naar vacatures.\n\n"
        "Vorige week zag ze een vacature bij een supermarkt. De supermarkt zoekt iemand voor "
        "twintig uur per week. Samira belde de supermarkt op. Ze mag op donderdag om tien uur "
        "komen praten. Ze neemt haar cv mee."
    ),
    "iwin_below": 80,
    "buddy_below": 50,
    "questions": [
        {
            "question": "Waar zoekt Samira vacatures?",
            "options": [
                ("In de krant", False),
                ("In de bibliotheek", True),
                ("Bij de buren", False),
            ],
        },
        {
            "question": "Wat voor werk zoekt Samira?",
            "options": [
                ("Werk in een winkel", True),
                ("Werk in een school", False),
                ("Werk in een fabriek", False),
            ],
        },
        {
            "question": "Hoeveel uur per week is het werk bij de supermarkt?",
            "options": [("Tien uur", False), ("Twintig uur", True), ("Veertig uur", False)],
        },
        {
            "question": "Wanneer gaat Samira praten bij de supermarkt?",
            "options": [("Op maandag", False), ("Op donderdag", True), ("Op zaterdag", False)],
        },
        {
            "question": "Wat neemt Samira mee?",
            "options": [("Haar cv", True), ("Haar paspoort", False), ("Een computer", False)],
        },
    ],
}
