"""Step-by-step guides to the later UPR stages, part B: mid-term reporting and follow-up.

A pure data module read by the demo loader. Each guide has the same structure in English, French
and Spanish: the same number of steps, the same checklist lengths and, for every rich-text value,
the same sequence of HTML elements. "who", "modules" and "cases" are shared across languages.
Every fact agrees with the project's UPR fact sheet; timings are approximate.
"""

from __future__ import annotations

GUIDES = [
    {
        "stage": "mid-term-reporting",
        "modules": ["monitoring-mid-term", "working-with-government", "reprisals-digital-safety"],
        "cases": [
            "b-spain-identity-checks-mid-term-report",
            "a-nepal-disability-mid-term-scorecard",
            "b-nigeria-journalists-quarterly-embassy-briefings",
        ],
        "en": {
            "title": "Mid-term reporting: step by step",
            "slug": "mid-term-reporting-step-by-step",
            "summary": (
                "How to track progress on UPR recommendations, write a stakeholder mid-term report "
                "about 2 to 2.5 years after the review, and put it in front of the people who can "
                "act on it."
            ),
            "intro": (
                "<p>Halfway through the cycle, about 2 to 2.5 years after the review, States are "
                "encouraged to submit a <strong>voluntary mid-term report</strong> on how they are "
                "implementing the recommendations they received at the Universal Periodic Review "
                "(UPR). Because it is voluntary, do not count on one. Civil society organisations "
                "(CSOs), coalitions and national human rights institutions (NHRIs) can write their "
                "own mid-term reports whatever the State does; UPR Info published guidance on "
                "mid-term reporting in 2018.</p>"
                "<p>A mid-term report is your best chance to show, with evidence, what has changed "
                "and what has not while there is still time to act before the next review. It "
                "keeps the recommendations on the agenda of the government, parliament, the NHRI "
                "and the embassies of recommending States, and the evidence you gather now becomes "
                "the basis of your next stakeholder submission.</p>"
            ),
            "steps": [
                {
                    "title": "Set up a tracking table for the recommendations that matter to you",
                    "what": (
                        "<p>List every recommendation on your issues in one table, using the "
                        "Working Group report and the State's addendum. For each one, record which "
                        "State made it and whether it was supported or noted, then decide what "
                        "evidence would show progress.</p>"
                        "<ul><li>Columns: recommendation text, recommending State, response "
                        "(supported or noted), issue, indicator, evidence, status, source and "
                        "date.</li>"
                        "<li>Use a simple scale: implemented, partly implemented, not implemented, "
                        "no information.</li>"
                        "<li>Keep noted recommendations in the table: the situation they describe "
                        "still needs monitoring.</li></ul>"
                    ),
                    "when": "Soon after the plenary adoption, about 3–4 months after the review",
                    "who": ["csos"],
                    "checklist": [
                        "All relevant recommendations copied word for word",
                        "Response (supported or noted) recorded for each one",
                        "At least one indicator per recommendation",
                        "Someone in the team responsible for updating the table every few months",
                    ],
                },
                {
                    "title": "Gather evidence safely and systematically",
                    "what": (
                        "<p>Collect evidence on each recommendation from official sources (laws, "
                        "budgets, statistics, court decisions, government statements) and from "
                        "your own monitoring (case documentation, interviews, surveys). Note the "
                        "source and date of every item so that others can check it.</p>"
                        "<p>Protect the people behind the evidence. Get their informed consent, "
                        "remove names and details that could identify them unless they have "
                        "agreed, and store files on encrypted devices or accounts with strong "
                        "passwords and two-factor authentication. Where reprisals are a risk, "
                        "report patterns rather than individual cases.</p>"
                    ),
                    "when": "Continuously, stepping up about 1–2 years after the review",
                    "who": ["csos", "nhri"],
                    "checklist": [
                        "Official data gathered for each recommendation",
                        "Consent recorded for every testimony used",
                        "Identifying details removed or protected",
                        "Files encrypted, with access limited to the team",
                    ],
                },
                {
                    "title": "Consult affected communities, partners and the government",
                    "what": (
                        "<p>Test your findings with the people most affected and with partner "
                        "organisations, including those outside the capital. Ask the government "
                        "whether it plans a voluntary mid-term report and whether it will consult "
                        "civil society, and offer your evidence as input. Ask the NHRI what it is "
                        "monitoring, to avoid duplication.</p>"
                        "<ul><li>Hold consultations where people can speak freely, online or in "
                        "person, and agree how their input will be used.</li>"
                        "<li>Send written questions to the ministry or office that coordinates UPR "
                        "follow-up, and keep a record of the replies.</li>"
                        "<li>Note where the government's information and yours differ: that gap is "
                        "often your most useful finding.</li></ul>"
                    ),
                    "when": "About 18 months to 2 years after the review",
                    "who": ["csos", "government", "nhri"],
                    "checklist": [
                        "Consultations held with affected communities, with safe arrangements",
                        "Government asked about its mid-term report plans",
                        "Written questions sent and replies filed",
                        "Findings compared with the NHRI's",
                    ],
                },
                {
                    "title": "Write a short, evidence-based mid-term report",
                    "what": (
                        "<p>Keep it short and easy to scan. Follow the structure of your tracking "
                        "table so that readers see the status of each recommendation at a glance, "
                        "and end each section with concrete, SMART steps the government can still "
                        "take before the next review.</p>"
                        "<ol><li>A one-page summary of your key findings.</li>"
                        "<li>A table of recommendations with their status and the evidence.</li>"
                        "<li>Short sections by issue, with the main evidence and what remains to "
                        "be done.</li>"
                        "<li>Recommendations for the rest of the cycle, each with a responsible "
                        "body and a deadline.</li></ol>"
                    ),
                    "when": "About 2–2.5 years after the review",
                    "who": ["csos"],
                    "checklist": [
                        "Every status backed by a dated source",
                        "Summary fits on one page",
                        "Draft checked for details that could identify people at risk",
                        "Final text approved by partners and coalition members",
                    ],
                },
                {
                    "title": "Share the report and use it for advocacy",
                    "what": (
                        "<p>A report that nobody reads changes nothing. Send it to the government "
                        "with a request for a meeting, and share it with the NHRI, the relevant "
                        "parliamentary committees and the embassies of the States that made the "
                        "recommendations. Offer a short briefing rather than just an "
                        "attachment.</p>"
                        "<ul><li>Prepare a two-page version and a few key messages for meetings "
                        "and the media.</li>"
                        "<li>Ask embassies to raise your findings in their bilateral dialogue with "
                        "the government.</li>"
                        "<li>Publish only what is safe to publish; keep a restricted version if "
                        "some evidence is sensitive.</li></ul>"
                    ),
                    "when": (
                        "As soon as the report is final, then at least once before the next review"
                    ),
                    "who": [
                        "csos",
                        "government",
                        "nhri",
                        "embassies",
                        "parliament",
                    ],
                    "checklist": [
                        "Report sent to the government with a meeting request",
                        "Briefings offered to the NHRI and parliamentary committees",
                        "Embassies of recommending States briefed",
                        "Safe public version published",
                    ],
                },
            ],
        },
        "fr": {
            "title": "Le rapport à mi-parcours : étape par étape",
            "slug": "rapport-a-mi-parcours-etape-par-etape",
            "summary": (
                "Comment suivre la mise en œuvre des recommandations de l'EPU, rédiger un rapport "
                "à mi-parcours de la société civile environ 2 ans à 2 ans et demi après l'examen "
                "et le faire parvenir à ceux qui peuvent agir."
            ),
            "intro": (
                "<p>À mi-chemin du cycle, environ 2 ans à 2 ans et demi après l'examen, les États "
                "sont encouragés à présenter un <strong>rapport à mi-parcours volontaire</strong> "
                "sur la mise en œuvre des recommandations reçues lors de l'Examen périodique "
                "universel (EPU). Ce rapport étant facultatif, mieux vaut ne pas compter dessus. "
                "Les organisations de la société civile (OSC), les coalitions et les institutions "
                "nationales des droits de l'homme (INDH) peuvent rédiger leur propre rapport à "
                "mi-parcours, quoi que fasse l'État ; UPR Info a publié en 2018 des orientations "
                "sur le rapport à mi-parcours.</p>"
                "<p>Le rapport à mi-parcours est la meilleure occasion de montrer, preuves à "
                "l'appui, ce qui a changé et ce qui n'a pas bougé, alors qu'il reste du temps pour "
                "agir avant le prochain examen. Il maintient les recommandations à l'ordre du jour "
                "du gouvernement, du parlement, de l'INDH et des ambassades des États "
                "recommandants, et les preuves réunies aujourd'hui serviront de base à votre "
                "prochaine contribution des parties prenantes.</p>"
            ),
            "steps": [
                {
                    "title": "Créez un tableau de suivi des recommandations qui vous concernent",
                    "what": (
                        "<p>Rassemblez dans un seul tableau toutes les recommandations portant sur "
                        "vos thématiques, à partir du rapport du Groupe de travail et de l'additif "
                        "de l'État. Pour chacune, indiquez l'État qui l'a formulée et si elle a "
                        "été acceptée ou si l'État en a pris note, puis déterminez quelles preuves "
                        "montreraient des progrès.</p>"
                        "<ul><li>Colonnes : texte de la recommandation, État recommandant, réponse "
                        "(acceptée ou dont il a été pris note), thématique, indicateur, preuves, "
                        "état d'avancement, source et date.</li>"
                        "<li>Utilisez une échelle simple : mise en œuvre, partiellement mise en "
                        "œuvre, non mise en œuvre, pas d'information.</li>"
                        "<li>Gardez dans le tableau les recommandations dont il a été pris note : "
                        "la situation qu'elles décrivent doit toujours être suivie.</li></ul>"
                    ),
                    "when": (
                        "Peu après l'adoption en séance plénière, environ 3 à 4 mois après l'examen"
                    ),
                    "who": ["csos"],
                    "checklist": [
                        "Toutes les recommandations pertinentes copiées mot pour mot",
                        "Réponse (acceptée ou dont il a été pris note) indiquée pour chacune",
                        "Au moins un indicateur par recommandation",
                        (
                            "Une personne de l'équipe chargée de mettre le tableau à jour tous les "
                            "deux ou trois mois"
                        ),
                    ],
                },
                {
                    "title": "Recueillez les preuves de façon sûre et méthodique",
                    "what": (
                        "<p>Réunissez des preuves sur chaque recommandation à partir de sources "
                        "officielles (lois, budgets, statistiques, décisions de justice, "
                        "déclarations du gouvernement) et de votre propre travail de suivi "
                        "(documentation de cas, entretiens, enquêtes). Notez la source et la date "
                        "de chaque élément pour que d'autres puissent le vérifier.</p>"
                        "<p>Protégez les personnes qui se trouvent derrière ces informations. "
                        "Obtenez leur consentement éclairé, supprimez les noms et les détails "
                        "permettant de les identifier sauf accord de leur part, et conservez les "
                        "fichiers sur des appareils ou des comptes chiffrés, avec des mots de "
                        "passe robustes et une authentification à deux facteurs. Lorsqu'il existe "
                        "un risque de représailles, présentez des tendances plutôt que des cas "
                        "individuels.</p>"
                    ),
                    "when": "En continu, avec un effort accru environ 1 à 2 ans après l'examen",
                    "who": ["csos", "nhri"],
                    "checklist": [
                        "Données officielles réunies pour chaque recommandation",
                        "Consentement consigné pour chaque témoignage utilisé",
                        "Détails permettant l'identification supprimés ou protégés",
                        "Fichiers chiffrés, accès limité à l'équipe",
                    ],
                },
                {
                    "title": (
                        "Consultez les communautés concernées, vos partenaires et le gouvernement"
                    ),
                    "what": (
                        "<p>Confrontez vos constats aux personnes les plus touchées et aux "
                        "organisations partenaires, y compris hors de la capitale. Demandez au "
                        "gouvernement s'il prévoit un rapport à mi-parcours volontaire et s'il "
                        "consultera la société civile, et proposez vos données comme contribution. "
                        "Demandez à l'INDH ce qu'elle suit, pour éviter les doublons.</p>"
                        "<ul><li>Organisez les consultations là où chacun peut s'exprimer "
                        "librement, en ligne ou en présentiel, et convenez de l'usage qui sera "
                        "fait des contributions.</li>"
                        "<li>Adressez des questions écrites au ministère ou au service qui "
                        "coordonne le suivi de l'EPU, et gardez une trace des réponses.</li>"
                        "<li>Relevez les écarts entre les informations du gouvernement et les "
                        "vôtres : c'est souvent votre constat le plus utile.</li></ul>"
                    ),
                    "when": "Environ 18 mois à 2 ans après l'examen",
                    "who": ["csos", "government", "nhri"],
                    "checklist": [
                        (
                            "Consultations tenues avec les communautés concernées, dans des "
                            "conditions sûres"
                        ),
                        "Gouvernement interrogé sur son projet de rapport à mi-parcours",
                        "Questions écrites envoyées et réponses archivées",
                        "Constats comparés avec ceux de l'INDH",
                    ],
                },
                {
                    "title": "Rédigez un rapport à mi-parcours court et fondé sur des preuves",
                    "what": (
                        "<p>Faites court et lisible. Reprenez la structure de votre tableau de "
                        "suivi, pour que le lecteur voie d'un coup d'œil où en est chaque "
                        "recommandation, et terminez chaque partie par des mesures concrètes et "
                        "SMART que le gouvernement peut encore prendre avant le prochain "
                        "examen.</p>"
                        "<ol><li>Un résumé d'une page présentant vos principaux constats.</li>"
                        "<li>Un tableau des recommandations avec leur état d'avancement et les "
                        "preuves.</li>"
                        "<li>De courtes parties par thématique, avec les principales preuves et ce "
                        "qui reste à faire.</li>"
                        "<li>Des recommandations pour la fin du cycle, chacune avec un organisme "
                        "responsable et une échéance.</li></ol>"
                    ),
                    "when": "Environ 2 ans à 2 ans et demi après l'examen",
                    "who": ["csos"],
                    "checklist": [
                        "Chaque état d'avancement appuyé par une source datée",
                        "Résumé tenant sur une page",
                        (
                            "Projet relu pour retirer tout détail pouvant identifier des personnes "
                            "à risque"
                        ),
                        "Texte final approuvé par les partenaires et les membres de la coalition",
                    ],
                },
                {
                    "title": "Diffusez le rapport et servez-vous-en pour le plaidoyer",
                    "what": (
                        "<p>Un rapport que personne ne lit ne change rien. Envoyez-le au "
                        "gouvernement en demandant une réunion, et transmettez-le à l'INDH, aux "
                        "commissions parlementaires compétentes et aux ambassades des États qui "
                        "ont formulé les recommandations. Proposez une courte séance d'information "
                        "plutôt qu'une simple pièce jointe.</p>"
                        "<ul><li>Préparez une version de deux pages et quelques messages clés pour "
                        "les réunions et les médias.</li>"
                        "<li>Demandez aux ambassades d'évoquer vos constats dans leur dialogue "
                        "bilatéral avec le gouvernement.</li>"
                        "<li>Ne publiez que ce qui peut l'être sans danger ; gardez une version à "
                        "diffusion restreinte si certaines preuves sont sensibles.</li></ul>"
                    ),
                    "when": (
                        "Dès que le rapport est finalisé, puis au moins une fois avant le prochain "
                        "examen"
                    ),
                    "who": [
                        "csos",
                        "government",
                        "nhri",
                        "embassies",
                        "parliament",
                    ],
                    "checklist": [
                        "Rapport envoyé au gouvernement avec une demande de réunion",
                        (
                            "Séances d'information proposées à l'INDH et aux commissions "
                            "parlementaires"
                        ),
                        "Ambassades des États recommandants informées",
                        "Version publique sans risque publiée",
                    ],
                },
            ],
        },
        "es": {
            "title": "El informe de mitad de período: paso a paso",
            "slug": "informe-de-mitad-de-periodo-paso-a-paso",
            "summary": (
                "Cómo dar seguimiento a las recomendaciones del EPU, redactar un informe de mitad "
                "de período de la sociedad civil unos 2 a 2,5 años después del examen y hacerlo "
                "llegar a quienes pueden actuar."
            ),
            "intro": (
                "<p>A mitad del ciclo, unos 2 a 2,5 años después del examen, se alienta a los "
                "Estados a presentar un <strong>informe de mitad de período voluntario</strong> "
                "sobre cómo aplican las recomendaciones recibidas en el Examen Periódico Universal "
                "(EPU). Al ser voluntario, conviene no contar con él. Las organizaciones de la "
                "sociedad civil (OSC), las coaliciones y las instituciones nacionales de derechos "
                "humanos (INDH) pueden redactar su propio informe de mitad de período, haga lo que "
                "haga el Estado; UPR Info publicó en 2018 una guía sobre los informes de mitad de "
                "período.</p>"
                "<p>El informe de mitad de período es la mejor oportunidad para mostrar, con "
                "pruebas, qué ha cambiado y qué no, cuando todavía hay tiempo para actuar antes "
                "del próximo examen. Mantiene las recomendaciones en la agenda del gobierno, el "
                "parlamento, la INDH y las embajadas de los Estados recomendantes, y las pruebas "
                "que reúna ahora serán la base de su próxima contribución de partes "
                "interesadas.</p>"
            ),
            "steps": [
                {
                    "title": (
                        "Elabore una tabla de seguimiento de las recomendaciones que le interesan"
                    ),
                    "what": (
                        "<p>Reúna en una sola tabla todas las recomendaciones sobre sus temas, a "
                        "partir del informe del Grupo de Trabajo y de la adición del Estado. Para "
                        "cada una, anote qué Estado la formuló y si fue apoyada o si el Estado "
                        "tomó nota de ella, y defina qué pruebas demostrarían avances.</p>"
                        "<ul><li>Columnas: texto de la recomendación, Estado recomendante, "
                        "respuesta (apoyada o de la que se tomó nota), tema, indicador, pruebas, "
                        "estado de cumplimiento, fuente y fecha.</li>"
                        "<li>Use una escala sencilla: cumplida, parcialmente cumplida, no "
                        "cumplida, sin información.</li>"
                        "<li>Mantenga en la tabla las recomendaciones de las que se tomó nota: la "
                        "situación que describen sigue necesitando seguimiento.</li></ul>"
                    ),
                    "when": (
                        "Poco después de la aprobación en sesión plenaria, unos 3 a 4 meses "
                        "después del examen"
                    ),
                    "who": ["csos"],
                    "checklist": [
                        "Todas las recomendaciones pertinentes copiadas literalmente",
                        "Respuesta (apoyada o de la que se tomó nota) anotada para cada una",
                        "Al menos un indicador por recomendación",
                        "Una persona del equipo encargada de actualizar la tabla cada pocos meses",
                    ],
                },
                {
                    "title": "Reúna pruebas de forma segura y sistemática",
                    "what": (
                        "<p>Recopile pruebas sobre cada recomendación a partir de fuentes "
                        "oficiales (leyes, presupuestos, estadísticas, sentencias, declaraciones "
                        "del gobierno) y de su propio monitoreo (documentación de casos, "
                        "entrevistas, encuestas). Anote la fuente y la fecha de cada dato para que "
                        "otras personas puedan verificarlo.</p>"
                        "<p>Proteja a las personas que están detrás de la información. Obtenga su "
                        "consentimiento informado, elimine los nombres y datos que permitan "
                        "identificarlas salvo que lo hayan autorizado, y guarde los archivos en "
                        "dispositivos o cuentas cifrados, con contraseñas robustas y verificación "
                        "en dos pasos. Cuando exista riesgo de represalias, informe sobre patrones "
                        "y no sobre casos individuales.</p>"
                    ),
                    "when": (
                        "De forma continua, con más intensidad unos 1 a 2 años después del examen"
                    ),
                    "who": ["csos", "nhri"],
                    "checklist": [
                        "Datos oficiales reunidos para cada recomendación",
                        "Consentimiento registrado para cada testimonio utilizado",
                        "Datos identificativos eliminados o protegidos",
                        "Archivos cifrados y acceso limitado al equipo",
                    ],
                },
                {
                    "title": "Consulte a las comunidades afectadas, a sus aliados y al gobierno",
                    "what": (
                        "<p>Contraste sus conclusiones con las personas más afectadas y con las "
                        "organizaciones aliadas, también fuera de la capital. Pregunte al gobierno "
                        "si prevé presentar un informe de mitad de período voluntario y si "
                        "consultará a la sociedad civil, y ofrezca sus datos como aporte. Pregunte "
                        "a la INDH qué está monitoreando, para evitar duplicaciones.</p>"
                        "<ul><li>Organice consultas en las que la gente pueda hablar con libertad, "
                        "en línea o presenciales, y acuerde cómo se usarán sus aportes.</li>"
                        "<li>Envíe preguntas por escrito al ministerio u oficina que coordina el "
                        "seguimiento del EPU y guarde constancia de las respuestas.</li>"
                        "<li>Señale dónde difieren la información del gobierno y la suya: esa "
                        "brecha suele ser su hallazgo más útil.</li></ul>"
                    ),
                    "when": "Unos 18 meses a 2 años después del examen",
                    "who": ["csos", "government", "nhri"],
                    "checklist": [
                        "Consultas realizadas con las comunidades afectadas en condiciones seguras",
                        "Gobierno consultado sobre sus planes de informe de mitad de período",
                        "Preguntas escritas enviadas y respuestas archivadas",
                        "Conclusiones contrastadas con las de la INDH",
                    ],
                },
                {
                    "title": "Redacte un informe de mitad de período breve y basado en pruebas",
                    "what": (
                        "<p>Sea breve y claro. Siga la estructura de su tabla de seguimiento, para "
                        "que se vea de un vistazo en qué punto está cada recomendación, y cierre "
                        "cada apartado con medidas concretas y SMART que el gobierno aún puede "
                        "adoptar antes del próximo examen.</p>"
                        "<ol><li>Un resumen de una página con sus principales conclusiones.</li>"
                        "<li>Una tabla de recomendaciones con su estado de cumplimiento y las "
                        "pruebas.</li>"
                        "<li>Apartados breves por tema, con las pruebas principales y lo que queda "
                        "por hacer.</li>"
                        "<li>Recomendaciones para el resto del ciclo, cada una con un organismo "
                        "responsable y un plazo.</li></ol>"
                    ),
                    "when": "Unos 2 a 2,5 años después del examen",
                    "who": ["csos"],
                    "checklist": [
                        "Cada estado de cumplimiento respaldado por una fuente fechada",
                        "Resumen de una sola página",
                        "Borrador revisado para quitar datos que identifiquen a personas en riesgo",
                        "Texto final aprobado por las organizaciones aliadas y la coalición",
                    ],
                },
                {
                    "title": "Difunda el informe y úselo para la incidencia",
                    "what": (
                        "<p>Un informe que nadie lee no cambia nada. Envíelo al gobierno con una "
                        "solicitud de reunión y compártalo con la INDH, las comisiones "
                        "parlamentarias competentes y las embajadas de los Estados que formularon "
                        "las recomendaciones. Ofrezca una breve sesión informativa en lugar de un "
                        "simple archivo adjunto.</p>"
                        "<ul><li>Prepare una versión de dos páginas y algunos mensajes clave para "
                        "reuniones y medios de comunicación.</li>"
                        "<li>Pida a las embajadas que planteen sus conclusiones en su diálogo "
                        "bilateral con el gobierno.</li>"
                        "<li>Publique solo lo que sea seguro publicar; mantenga una versión de "
                        "difusión restringida si algunas pruebas son sensibles.</li></ul>"
                    ),
                    "when": (
                        "En cuanto el informe esté terminado y, después, al menos una vez antes "
                        "del próximo examen"
                    ),
                    "who": [
                        "csos",
                        "government",
                        "nhri",
                        "embassies",
                        "parliament",
                    ],
                    "checklist": [
                        "Informe enviado al gobierno con solicitud de reunión",
                        (
                            "Sesiones informativas ofrecidas a la INDH y a las comisiones "
                            "parlamentarias"
                        ),
                        "Embajadas de los Estados recomendantes informadas",
                        "Versión pública segura publicada",
                    ],
                },
            ],
        },
    },
    {
        "stage": "follow-up",
        "modules": ["stakeholder-submission", "smart-recommendations", "monitoring-mid-term"],
        "cases": [
            "a-senegal-talibe-children-mid-term-follow-up",
            "a-armenia-noted-torture-investigations",
            "b-italy-nhri-cross-party-bill",
        ],
        "en": {
            "title": "Follow-up into the next cycle: step by step",
            "slug": "follow-up-into-the-next-cycle-step-by-step",
            "summary": (
                "How to turn what you learned during implementation into a strong stakeholder "
                "submission and SMART recommendations for the next review, while keeping your "
                "coalition together and your partners safe."
            ),
            "intro": (
                "<p>Your State's next Universal Periodic Review (UPR) comes about 4.5 years after "
                "the last one, and it focuses on how earlier recommendations have been "
                "implemented; the fourth cycle puts particular emphasis on implementation. "
                "Recommendations that were not implemented are often made again. Stakeholder "
                "submissions for the next review are due about 6 to 8 months before it, so the "
                "work starts well before the cycle ends.</p>"
                "<p>For civil society organisations (CSOs), this is where monitoring pays off. "
                "Evidence from your tracking table and mid-term report shows recommending States "
                "what has changed and what has not, and lets you propose sharper recommendations. "
                "Coalitions built in the last cycle are an asset worth keeping, and the attention "
                "that surrounds a review can also bring risks for those who speak out.</p>"
            ),
            "steps": [
                {
                    "title": "Take stock of implementation across the whole cycle",
                    "what": (
                        "<p>Update your tracking table with the latest evidence and give each "
                        "recommendation a final status. Compare it with your mid-term report: what "
                        "has moved forward, what has stalled and what has gone backwards?</p>"
                        "<ul><li>Group recommendations into implemented, partly implemented and "
                        "not implemented.</li>"
                        "<li>Identify new issues that the last cycle missed.</li>"
                        "<li>Choose a small number of priorities where the next review can make a "
                        "difference.</li></ul>"
                    ),
                    "when": (
                        "About 3 years after the last review, around a year before submissions are "
                        "due"
                    ),
                    "who": ["csos", "nhri"],
                    "checklist": [
                        "Status updated for every recommendation in the table",
                        "Changes since the mid-term report noted",
                        "New issues listed",
                        "Three to five priorities agreed",
                    ],
                },
                {
                    "title": "Bring your coalition back together and plan the submission",
                    "what": (
                        "<p>A joint submission shows how widely your concerns are shared, and it "
                        "is easier to write if the coalition from the last cycle has stayed in "
                        "touch. Agree who leads, who writes which section and how decisions are "
                        "made. Check the deadline for your State's session and the current "
                        "technical guidelines of the Office of the UN High Commissioner for Human "
                        "Rights (OHCHR), including word limits, as soon as they are available.</p>"
                        "<ul><li>Invite new partners, especially groups representing the people "
                        "most affected.</li>"
                        "<li>Set internal deadlines well before the official one.</li>"
                        "<li>Decide early whether some members will also make their own "
                        "submission.</li></ul>"
                    ),
                    "when": "About 12–18 months before the next review",
                    "who": ["csos"],
                    "checklist": [
                        "Lead organisation and writing roles agreed",
                        "Official deadline and guidelines checked",
                        "Internal timetable shared with all members",
                        "New partners invited",
                    ],
                },
                {
                    "title": "Turn your evidence into SMART recommendations",
                    "what": (
                        "<p>The next review looks at how earlier recommendations were implemented, "
                        "so link each of your points to a recommendation from the last cycle, say "
                        "what has and has not been done, and back it with evidence. Then propose "
                        "recommendations that are Specific, Measurable, Achievable, Relevant and "
                        "Time-bound (SMART).</p>"
                        "<ul><li>Where a recommendation was not implemented, suggest a sharper "
                        "version rather than repeating it word for word.</li>"
                        "<li>For noted recommendations, explain what has changed since and why "
                        "they deserve support now.</li>"
                        "<li>Name the action, the responsible body and a deadline, for example "
                        "adopting a specific law by a given year.</li></ul>"
                    ),
                    "when": "While drafting, about 8–12 months before the next review",
                    "who": ["csos"],
                    "checklist": [
                        "Each point linked to an earlier recommendation",
                        "Every claim backed by a dated source",
                        "Each recommendation names an action, a body and a deadline",
                        "Fresh arguments for noted recommendations",
                    ],
                },
                {
                    "title": "Submit on time and brief recommending States",
                    "what": (
                        "<p>Send the submission to OHCHR before the deadline, about 6 to 8 months "
                        "before the review; what it contains can feed into OHCHR's summary of "
                        "stakeholder information. Then take your priorities to the States most "
                        "likely to raise them: those that made the earlier recommendations and "
                        "those active on your issues.</p>"
                        "<ul><li>Meet embassies in the capital in the months before the "
                        "review.</li>"
                        "<li>Consider applying to speak at UPR Info's pre-sessions in Geneva, "
                        "about one month before the review.</li>"
                        "<li>Give States short fact sheets with suggested questions and "
                        "recommendations.</li></ul>"
                    ),
                    "when": "About 6–8 months before the next review, then up to the review itself",
                    "who": ["csos", "embassies", "ohchr"],
                    "checklist": [
                        "Submission sent before the official deadline",
                        "Two-page fact sheet ready",
                        "Embassies of recommending States contacted",
                        "Pre-session option considered",
                    ],
                },
                {
                    "title": "Keep people safe and the coalition going",
                    "what": (
                        "<p>Public attention around a review can increase the risk of reprisals "
                        "against those who cooperate with the UN. Assess the risks for each "
                        "partner and each person named, and include nothing that could expose "
                        "anyone without their informed consent. Assume that anything you submit "
                        "may become public.</p>"
                        "<ul><li>Agree in advance how members will respond if someone is "
                        "threatened, including whom to alert nationally and at OHCHR.</li>"
                        "<li>Review your digital security: encrypted messaging, strong passwords, "
                        "two-factor authentication.</li>"
                        "<li>Plan for the period after the next review, so the coalition carries "
                        "its work into the following cycle.</li></ul>"
                    ),
                    "when": "Throughout, especially in the months around the next review",
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Risk assessment done for each partner",
                        "Consent confirmed for every case named",
                        "Reprisal response plan agreed and shared",
                        "Coalition plan for the next cycle drafted",
                    ],
                },
            ],
        },
        "fr": {
            "title": "Le suivi vers le cycle suivant : étape par étape",
            "slug": "suivi-vers-le-cycle-suivant-etape-par-etape",
            "summary": (
                "Comment transformer ce que vous avez appris pendant la mise en œuvre en une "
                "contribution solide et en recommandations SMART pour le prochain examen, tout en "
                "maintenant votre coalition et en protégeant vos partenaires."
            ),
            "intro": (
                "<p>Le prochain Examen périodique universel (EPU) de votre État a lieu environ "
                "quatre ans et demi après le précédent et porte avant tout sur la mise en œuvre "
                "des recommandations antérieures ; le quatrième cycle met particulièrement "
                "l'accent sur la mise en œuvre. Les recommandations non mises en œuvre sont "
                "souvent formulées de nouveau. Les contributions des parties prenantes sont "
                "attendues environ 6 à 8 mois avant l'examen : le travail commence donc bien avant "
                "la fin du cycle.</p>"
                "<p>Pour les organisations de la société civile (OSC), c'est le moment où le suivi "
                "porte ses fruits. Les preuves tirées de votre tableau de suivi et de votre "
                "rapport à mi-parcours montrent aux États recommandants ce qui a changé et ce qui "
                "n'a pas bougé, et vous permettent de proposer des recommandations plus précises. "
                "Les coalitions formées lors du cycle précédent sont un atout à préserver, et "
                "l'attention qui entoure un examen peut aussi exposer à des risques celles et ceux "
                "qui prennent la parole.</p>"
            ),
            "steps": [
                {
                    "title": "Faites le bilan de la mise en œuvre sur l'ensemble du cycle",
                    "what": (
                        "<p>Mettez à jour votre tableau de suivi avec les preuves les plus "
                        "récentes et attribuez un état final à chaque recommandation. Comparez-le "
                        "avec votre rapport à mi-parcours : qu'est-ce qui a progressé, qu'est-ce "
                        "qui est bloqué, qu'est-ce qui a reculé ?</p>"
                        "<ul><li>Classez les recommandations : mises en œuvre, partiellement mises "
                        "en œuvre, non mises en œuvre.</li>"
                        "<li>Repérez les nouvelles questions que le cycle précédent n'a pas "
                        "couvertes.</li>"
                        "<li>Retenez un petit nombre de priorités sur lesquelles le prochain "
                        "examen peut faire la différence.</li></ul>"
                    ),
                    "when": (
                        "Environ 3 ans après le dernier examen, un an environ avant la date limite "
                        "des contributions"
                    ),
                    "who": ["csos", "nhri"],
                    "checklist": [
                        "État d'avancement mis à jour pour chaque recommandation du tableau",
                        "Évolutions depuis le rapport à mi-parcours relevées",
                        "Nouvelles questions recensées",
                        "Trois à cinq priorités arrêtées",
                    ],
                },
                {
                    "title": "Remobilisez votre coalition et planifiez la contribution",
                    "what": (
                        "<p>Une contribution conjointe montre que vos préoccupations sont "
                        "largement partagées, et elle est plus facile à rédiger si la coalition du "
                        "cycle précédent est restée en contact. Décidez qui pilote, qui rédige "
                        "quelle partie et comment les décisions sont prises. Vérifiez la date "
                        "limite pour la session de votre État et les directives techniques en "
                        "vigueur du Haut-Commissariat des Nations Unies aux droits de l'homme "
                        "(HCDH), y compris les limites de mots, dès qu'elles sont disponibles.</p>"
                        "<ul><li>Invitez de nouveaux partenaires, en particulier des groupes "
                        "représentant les personnes les plus touchées.</li>"
                        "<li>Fixez des échéances internes bien avant la date officielle.</li>"
                        "<li>Décidez tôt si certains membres présenteront aussi leur propre "
                        "contribution.</li></ul>"
                    ),
                    "when": "Environ 12 à 18 mois avant le prochain examen",
                    "who": ["csos"],
                    "checklist": [
                        "Organisation cheffe de file et rôles de rédaction convenus",
                        "Date limite officielle et directives vérifiées",
                        "Calendrier interne communiqué à tous les membres",
                        "Nouveaux partenaires invités",
                    ],
                },
                {
                    "title": "Transformez vos preuves en recommandations SMART",
                    "what": (
                        "<p>Le prochain examen s'intéresse à la mise en œuvre des recommandations "
                        "antérieures : rattachez donc chacun de vos points à une recommandation du "
                        "cycle précédent, dites ce qui a été fait et ce qui ne l'a pas été, "
                        "preuves à l'appui. Proposez ensuite des recommandations spécifiques, "
                        "mesurables, atteignables, pertinentes et assorties d'un délai (SMART).</p>"
                        "<ul><li>Lorsqu'une recommandation n'a pas été mise en œuvre, proposez-en "
                        "une version plus précise plutôt que de la reprendre mot pour mot.</li>"
                        "<li>Pour les recommandations dont il a été pris note, expliquez ce qui a "
                        "changé depuis et pourquoi elles méritent d'être acceptées "
                        "aujourd'hui.</li>"
                        "<li>Précisez l'action, l'organisme responsable et une échéance, par "
                        "exemple l'adoption d'une loi précise avant une année donnée.</li></ul>"
                    ),
                    "when": "Pendant la rédaction, environ 8 à 12 mois avant le prochain examen",
                    "who": ["csos"],
                    "checklist": [
                        "Chaque point rattaché à une recommandation antérieure",
                        "Chaque affirmation appuyée par une source datée",
                        "Chaque recommandation précise une action, un organisme et une échéance",
                        "Arguments nouveaux pour les recommandations dont il a été pris note",
                    ],
                },
                {
                    "title": "Soumettez dans les délais et informez les États recommandants",
                    "what": (
                        "<p>Envoyez la contribution au HCDH avant la date limite, environ 6 à 8 "
                        "mois avant l'examen ; son contenu peut alimenter le résumé des "
                        "informations des parties prenantes établi par le HCDH. Portez ensuite vos "
                        "priorités auprès des États les plus susceptibles de les soulever : ceux "
                        "qui ont formulé les recommandations antérieures et ceux qui sont actifs "
                        "sur vos thématiques.</p>"
                        "<ul><li>Rencontrez les ambassades dans la capitale au cours des mois qui "
                        "précèdent l'examen.</li>"
                        "<li>Envisagez de demander à intervenir aux pré-sessions d'UPR Info à "
                        "Genève, environ un mois avant l'examen.</li>"
                        "<li>Remettez aux États de courtes fiches d'information avec des questions "
                        "et des recommandations suggérées.</li></ul>"
                    ),
                    "when": (
                        "Environ 6 à 8 mois avant le prochain examen, puis jusqu'à l'examen "
                        "lui-même"
                    ),
                    "who": ["csos", "embassies", "ohchr"],
                    "checklist": [
                        "Contribution envoyée avant la date limite officielle",
                        "Fiche d'information de deux pages prête",
                        "Ambassades des États recommandants contactées",
                        "Participation aux pré-sessions envisagée",
                    ],
                },
                {
                    "title": "Protégez les personnes et faites vivre la coalition",
                    "what": (
                        "<p>L'attention publique autour d'un examen peut accroître le risque de "
                        "représailles contre celles et ceux qui coopèrent avec l'ONU. Évaluez les "
                        "risques pour chaque partenaire et chaque personne citée, et n'incluez "
                        "aucune information susceptible d'exposer quelqu'un sans son consentement "
                        "éclairé. Partez du principe que tout ce que vous soumettez peut devenir "
                        "public.</p>"
                        "<ul><li>Convenez à l'avance de la réaction des membres si quelqu'un est "
                        "menacé, y compris des interlocuteurs à alerter au niveau national et au "
                        "HCDH.</li>"
                        "<li>Revoyez votre sécurité numérique : messagerie chiffrée, mots de passe "
                        "robustes, authentification à deux facteurs.</li>"
                        "<li>Préparez l'après-examen, pour que la coalition poursuive son travail "
                        "au cycle suivant.</li></ul>"
                    ),
                    "when": (
                        "Tout au long du processus, surtout dans les mois qui entourent le "
                        "prochain examen"
                    ),
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Évaluation des risques faite pour chaque partenaire",
                        "Consentement confirmé pour chaque cas cité",
                        "Plan de réaction aux représailles convenu et partagé",
                        "Plan de la coalition pour le cycle suivant rédigé",
                    ],
                },
            ],
        },
        "es": {
            "title": "El seguimiento hacia el próximo ciclo: paso a paso",
            "slug": "seguimiento-hacia-el-proximo-ciclo-paso-a-paso",
            "summary": (
                "Cómo convertir lo aprendido durante la implementación en una contribución sólida "
                "y en recomendaciones SMART para el próximo examen, manteniendo viva su coalición "
                "y protegiendo a sus aliados."
            ),
            "intro": (
                "<p>El próximo Examen Periódico Universal (EPU) de su Estado llega unos 4,5 años "
                "después del anterior y se centra en la implementación de las recomendaciones "
                "previas; el cuarto ciclo pone un énfasis especial en la implementación. Las "
                "recomendaciones no cumplidas suelen volver a formularse. Las contribuciones de "
                "partes interesadas vencen unos 6 a 8 meses antes del examen, así que el trabajo "
                "empieza mucho antes de que termine el ciclo.</p>"
                "<p>Para las organizaciones de la sociedad civil (OSC), aquí es donde el monitoreo "
                "da frutos. Las pruebas de su tabla de seguimiento y de su informe de mitad de "
                "período muestran a los Estados recomendantes qué ha cambiado y qué no, y le "
                "permiten proponer recomendaciones más precisas. Las coaliciones creadas en el "
                "ciclo anterior son un activo que vale la pena conservar, y la atención que rodea "
                "a un examen también puede generar riesgos para quienes alzan la voz.</p>"
            ),
            "steps": [
                {
                    "title": "Haga balance de la implementación a lo largo de todo el ciclo",
                    "what": (
                        "<p>Actualice su tabla de seguimiento con las pruebas más recientes y "
                        "asigne a cada recomendación un estado final. Compárela con su informe de "
                        "mitad de período: ¿qué ha avanzado, qué se ha estancado y qué ha "
                        "retrocedido?</p>"
                        "<ul><li>Agrupe las recomendaciones en cumplidas, parcialmente cumplidas y "
                        "no cumplidas.</li>"
                        "<li>Identifique temas nuevos que el ciclo anterior no abordó.</li>"
                        "<li>Elija unas pocas prioridades en las que el próximo examen pueda "
                        "marcar la diferencia.</li></ul>"
                    ),
                    "when": (
                        "Unos 3 años después del último examen, alrededor de un año antes del "
                        "plazo de las contribuciones"
                    ),
                    "who": ["csos", "nhri"],
                    "checklist": [
                        "Estado actualizado para cada recomendación de la tabla",
                        "Cambios desde el informe de mitad de período anotados",
                        "Temas nuevos identificados",
                        "Tres a cinco prioridades acordadas",
                    ],
                },
                {
                    "title": "Reactive su coalición y planifique la contribución",
                    "what": (
                        "<p>Una contribución conjunta demuestra que sus preocupaciones son "
                        "ampliamente compartidas, y es más fácil de redactar si la coalición del "
                        "ciclo anterior ha seguido en contacto. Acuerde quién coordina, quién "
                        "redacta cada apartado y cómo se toman las decisiones. Verifique el plazo "
                        "para la sesión de su Estado y las directrices técnicas vigentes de la "
                        "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos "
                        "Humanos (ACNUDH), incluidos los límites de palabras, en cuanto estén "
                        "disponibles.</p>"
                        "<ul><li>Invite a nuevos aliados, en especial a grupos que representen a "
                        "las personas más afectadas.</li>"
                        "<li>Fije plazos internos mucho antes del oficial.</li>"
                        "<li>Decida pronto si algunos miembros presentarán también su propia "
                        "contribución.</li></ul>"
                    ),
                    "when": "Unos 12 a 18 meses antes del próximo examen",
                    "who": ["csos"],
                    "checklist": [
                        "Organización coordinadora y funciones de redacción acordadas",
                        "Plazo oficial y directrices verificados",
                        "Calendario interno compartido con todos los miembros",
                        "Nuevos aliados invitados",
                    ],
                },
                {
                    "title": "Convierta sus pruebas en recomendaciones SMART",
                    "what": (
                        "<p>El próximo examen se centra en la implementación de las "
                        "recomendaciones anteriores, así que vincule cada uno de sus puntos a una "
                        "recomendación del ciclo previo, explique qué se ha hecho y qué no, y "
                        "respáldelo con pruebas. Después proponga recomendaciones específicas, "
                        "medibles, alcanzables, pertinentes y con plazos definidos (SMART, por sus "
                        "siglas en inglés).</p>"
                        "<ul><li>Cuando una recomendación no se haya cumplido, proponga una "
                        "versión más precisa en lugar de repetirla palabra por palabra.</li>"
                        "<li>Para las recomendaciones de las que se tomó nota, explique qué ha "
                        "cambiado desde entonces y por qué merecen apoyo ahora.</li>"
                        "<li>Indique la acción, el organismo responsable y un plazo, por ejemplo "
                        "aprobar una ley concreta antes de un año determinado.</li></ul>"
                    ),
                    "when": "Durante la redacción, unos 8 a 12 meses antes del próximo examen",
                    "who": ["csos"],
                    "checklist": [
                        "Cada punto vinculado a una recomendación anterior",
                        "Cada afirmación respaldada por una fuente fechada",
                        "Cada recomendación indica una acción, un organismo y un plazo",
                        "Argumentos nuevos para las recomendaciones de las que se tomó nota",
                    ],
                },
                {
                    "title": "Presente a tiempo e informe a los Estados recomendantes",
                    "what": (
                        "<p>Envíe la contribución al ACNUDH antes del plazo, unos 6 a 8 meses "
                        "antes del examen; su contenido puede incorporarse al resumen de la "
                        "información de las partes interesadas que prepara el ACNUDH. Después "
                        "lleve sus prioridades a los Estados con más probabilidades de "
                        "plantearlas: los que formularon las recomendaciones anteriores y los que "
                        "son activos en sus temas.</p>"
                        "<ul><li>Reúnase con las embajadas en la capital en los meses previos al "
                        "examen.</li>"
                        "<li>Considere solicitar intervenir en las pre-sesiones de UPR Info en "
                        "Ginebra, aproximadamente un mes antes del examen.</li>"
                        "<li>Entregue a los Estados fichas breves con preguntas y recomendaciones "
                        "sugeridas.</li></ul>"
                    ),
                    "when": "Unos 6 a 8 meses antes del próximo examen y hasta el propio examen",
                    "who": ["csos", "embassies", "ohchr"],
                    "checklist": [
                        "Contribución enviada antes del plazo oficial",
                        "Ficha informativa de dos páginas lista",
                        "Embajadas de los Estados recomendantes contactadas",
                        "Participación en las pre-sesiones considerada",
                    ],
                },
                {
                    "title": "Proteja a las personas y mantenga viva la coalición",
                    "what": (
                        "<p>La atención pública en torno a un examen puede aumentar el riesgo de "
                        "represalias contra quienes cooperan con la ONU. Evalúe los riesgos para "
                        "cada aliado y cada persona mencionada, y no incluya información que pueda "
                        "exponer a nadie sin su consentimiento informado. Parta de la base de que "
                        "todo lo que presente puede hacerse público.</p>"
                        "<ul><li>Acuerde de antemano cómo reaccionarán los miembros si alguien "
                        "recibe amenazas, incluido a quién alertar en el país y en el ACNUDH.</li>"
                        "<li>Revise su seguridad digital: mensajería cifrada, contraseñas "
                        "robustas, verificación en dos pasos.</li>"
                        "<li>Planifique el período posterior al próximo examen, para que la "
                        "coalición lleve su trabajo al ciclo siguiente.</li></ul>"
                    ),
                    "when": (
                        "Durante todo el proceso, sobre todo en los meses en torno al próximo "
                        "examen"
                    ),
                    "who": ["csos", "nhri", "ohchr"],
                    "checklist": [
                        "Evaluación de riesgos realizada para cada aliado",
                        "Consentimiento confirmado para cada caso mencionado",
                        "Plan de respuesta ante represalias acordado y compartido",
                        "Plan de la coalición para el siguiente ciclo redactado",
                    ],
                },
            ],
        },
    },
]
