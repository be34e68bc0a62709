"""The pages every hub starts with, in English, French and Spanish.

Home, the four sections (modules, courses, guide, strategy library), About, the privacy
notice and the footer, created by ``manage.py setup_site`` (hub/site_setup.py) on a new
site and by the demo loader. Editors change them in the admin afterwards. Every fact
stated here must agree with the project's UPR fact sheet; timings are given as
approximations ("about") and readers are pointed to OHCHR's current guidelines where
limits may have changed.

Conventions the loader relies on:

- Rich-text values are HTML limited to <p>, <h2>, <h3>, <ul>, <ol>, <li>, <strong>, <em> and, in
  FOOTER only, <a>. The three language versions of a rich-text value have the same sequence of
  elements and the same number of links per element, so translations can be paired element by
  element.
- Page bodies are lists of ("heading", text) or ("paragraph", rich text) blocks with the same
  sequence of block types in every language.
- FOOTER links to the privacy page as <a linktype="page" id="PRIVACY">; the loader substitutes the
  page's real id.
"""

from __future__ import annotations

# Home page: title, one-line tagline and a two-paragraph introduction.
HOME = {
    "en": {
        "title": "UPR Civil Society Hub",
        "tagline": (
            "Training, guidance and shared strategies for civil society at the Universal Periodic "
            "Review."
        ),
        "intro": (
            "<p>The UPR Civil Society Hub helps civil society organisations (CSOs) take part in "
            "the Universal Periodic Review (UPR) at every stage. It offers training modules on how "
            "the UPR works, courses that trainers build from those modules, step-by-step guidance "
            "through the later stages of the review — the State's responses to recommendations, "
            "adoption at the Human Rights Council plenary, implementation, mid-term reporting and "
            "follow-up into the next cycle — and a library of advocacy strategies shared by "
            "CSOs.</p>"
            "<p>The hub grew out of the research report “Empowering Civil Society Organisations at "
            "the UPR” (Dr Alice Storey, Birmingham City University, 2024), which found that CSOs "
            "need education on the UPR, help with its later stages, ways to replicate effective "
            "advocacy strategies, SMART recommendations (specific, measurable, achievable, "
            "relevant and time-bound) and protection from reprisals.</p>"
        ),
    },
    "fr": {
        "title": "Plateforme de la société civile pour l'EPU",
        "tagline": (
            "Formation, accompagnement et stratégies partagées pour la société civile engagée dans "
            "l'EPU."
        ),
        "intro": (
            "<p>La Plateforme de la société civile pour l'EPU aide les organisations de la société "
            "civile (OSC) à s'impliquer dans l'Examen périodique universel (EPU) à chacune de ses "
            "étapes. Elle propose des modules de formation sur le fonctionnement de l'EPU, des "
            "cours que les formatrices et formateurs composent à partir de ces modules, un "
            "accompagnement pas à pas pour les étapes postérieures à l'examen (les réponses de "
            "l'État aux recommandations, l'adoption en séance plénière du Conseil des droits de "
            "l'homme, la mise en œuvre, le rapport à mi-parcours et le suivi jusqu'au cycle "
            "suivant) ainsi qu'une bibliothèque de stratégies de plaidoyer partagées par des "
            "OSC.</p>"
            "<p>La plateforme est née du rapport de recherche « Empowering Civil Society "
            "Organisations at the UPR » (Dr Alice Storey, Birmingham City University, 2024). Selon "
            "cette recherche, les OSC ont besoin d'une formation sur l'EPU, d'un appui pour les "
            "étapes postérieures à l'examen, de moyens de reproduire les stratégies de plaidoyer "
            "efficaces, de recommandations SMART (spécifiques, mesurables, atteignables, "
            "pertinentes et assorties d'un délai) et d'une protection contre les représailles.</p>"
        ),
    },
    "es": {
        "title": "Plataforma de la sociedad civil para el EPU",
        "tagline": (
            "Formación, orientación y estrategias compartidas para la sociedad civil ante el EPU."
        ),
        "intro": (
            "<p>La Plataforma de la sociedad civil para el EPU ayuda a las organizaciones de la "
            "sociedad civil (OSC) a participar en el Examen Periódico Universal (EPU) en cada una "
            "de sus etapas. Ofrece módulos de formación sobre el funcionamiento del EPU, cursos "
            "que las personas formadoras elaboran a partir de esos módulos, orientación paso a "
            "paso para las etapas posteriores al examen —las respuestas del Estado a las "
            "recomendaciones, la aprobación en el pleno del Consejo de Derechos Humanos, la "
            "implementación, el informe de mitad de período y el seguimiento hacia el próximo "
            "ciclo— y una biblioteca de estrategias de incidencia compartidas por OSC.</p>"
            "<p>La plataforma nace del informe de investigación «Empowering Civil Society "
            "Organisations at the UPR» (Dra. Alice Storey, Birmingham City University, 2024), "
            "según el cual las OSC necesitan formación sobre el EPU, apoyo en las etapas "
            "posteriores al examen, formas de replicar las estrategias de incidencia eficaces, "
            "recomendaciones SMART (específicas, medibles, alcanzables, pertinentes y con plazos "
            "definidos) y protección frente a las represalias.</p>"
        ),
    },
}

# The four main sections, linked from the home page as cards. Slugs are in each
# page's own language and distinct within it.
SECTIONS = {
    "modules": {
        "en": {
            "title": "Training modules",
            "slug": "modules",
            "summary": (
                "Short, self-contained lessons on how the UPR works and what civil society can do "
                "at each stage."
            ),
            "intro": (
                "<p>Training modules explain the Universal Periodic Review one topic at a time: "
                "how a cycle runs, which documents a review is based on, how civil society can "
                "contribute at each stage, and how to draft recommendations that are specific, "
                "measurable, achievable, relevant and time-bound (SMART).</p>"
                "<p>Each module can be read on its own, and trainers can combine modules into "
                "courses. Dates and limits given in the modules are approximate: check OHCHR's "
                "current guidelines before you plan a submission.</p>"
            ),
        },
        "fr": {
            "title": "Modules de formation",
            "slug": "modules",
            "summary": (
                "Des leçons courtes et autonomes sur le fonctionnement de l'EPU et le rôle de la "
                "société civile à chaque étape."
            ),
            "intro": (
                "<p>Les modules de formation présentent l'Examen périodique universel thème par "
                "thème : le déroulement d'un cycle, les documents sur lesquels repose l'examen, "
                "les moyens d'action de la société civile à chaque étape et la rédaction de "
                "recommandations spécifiques, mesurables, atteignables, pertinentes et assorties "
                "d'un délai (SMART).</p>"
                "<p>Chaque module peut se lire séparément, et les formateurs peuvent les combiner "
                "en cours. Les dates et les limites indiquées sont approximatives : vérifiez les "
                "directives en vigueur du HCDH avant de préparer une contribution.</p>"
            ),
        },
        "es": {
            "title": "Módulos de formación",
            "slug": "modulos",
            "summary": (
                "Lecciones breves e independientes sobre el funcionamiento del EPU y lo que puede "
                "hacer la sociedad civil en cada etapa."
            ),
            "intro": (
                "<p>Los módulos de formación explican el Examen Periódico Universal tema por tema: "
                "cómo se desarrolla un ciclo, en qué documentos se basa el examen, cómo puede "
                "contribuir la sociedad civil en cada etapa y cómo redactar recomendaciones "
                "específicas, medibles, alcanzables, pertinentes y con plazos definidos "
                "(SMART).</p>"
                "<p>Cada módulo puede leerse por separado, y las personas formadoras pueden "
                "combinarlos en cursos. Las fechas y los límites indicados son aproximados: "
                "consulte las directrices vigentes del ACNUDH antes de preparar una "
                "contribución.</p>"
            ),
        },
    },
    "courses": {
        "en": {
            "title": "Courses",
            "slug": "courses",
            "summary": (
                "Learning paths that trainers put together from the training modules for "
                "workshops, coalitions or self-study."
            ),
            "intro": (
                "<p>A course is a sequence of training modules chosen and ordered by a trainer for "
                "a particular audience: a national coalition preparing its first joint submission, "
                "new staff in a human rights organisation, or someone learning on their own.</p>"
                "<p>Trainers build their courses in the hub's administration area from the "
                "published modules, so that participants follow a path suited to their country, "
                "their themes and the point the UPR cycle has reached.</p>"
            ),
        },
        "fr": {
            "title": "Cours",
            "slug": "cours",
            "summary": (
                "Des parcours que les formateurs composent à partir des modules de formation pour "
                "des ateliers, des coalitions ou l'autoformation."
            ),
            "intro": (
                "<p>Un cours est une suite de modules de formation choisis et ordonnés par un "
                "formateur ou une formatrice pour un public précis : une coalition nationale qui "
                "prépare sa première contribution conjointe, le nouveau personnel d'une "
                "organisation de défense des droits humains ou une personne qui se forme "
                "seule.</p>"
                "<p>Les formateurs composent leurs cours dans l'espace d'administration de la "
                "plateforme à partir des modules publiés, afin que les participants suivent un "
                "parcours adapté à leur pays, à leurs thématiques et à l'étape où en est le cycle "
                "de l'EPU.</p>"
            ),
        },
        "es": {
            "title": "Cursos",
            "slug": "cursos",
            "summary": (
                "Itinerarios que las personas formadoras elaboran a partir de los módulos para "
                "talleres, coaliciones o aprendizaje autónomo."
            ),
            "intro": (
                "<p>Un curso es una secuencia de módulos de formación que una persona formadora "
                "elige y ordena para un público concreto: una coalición nacional que prepara su "
                "primera contribución conjunta, el nuevo personal de una organización de derechos "
                "humanos o alguien que aprende por su cuenta.</p>"
                "<p>Las personas formadoras elaboran sus cursos en el área de administración de la "
                "plataforma a partir de los módulos publicados, para que cada grupo siga un "
                "itinerario adaptado a su país, a sus temas y a la etapa en que se encuentra el "
                "ciclo del EPU.</p>"
            ),
        },
    },
    "guide": {
        "en": {
            "title": "Guide to the later UPR stages",
            "slug": "guide",
            "summary": (
                "Step-by-step help after the review: the State's responses, plenary adoption, "
                "implementation, mid-term reporting and follow-up."
            ),
            "intro": (
                "<p>The review in Geneva is not the end of the UPR. What happens in the months and "
                "years that follow decides whether recommendations change anything, and the "
                "research behind this hub found that CSOs want more support with these later "
                "stages.</p>"
                "<p>This guide takes them one at a time: the State's responses to recommendations, "
                "adoption at the Human Rights Council plenary, implementation, mid-term reporting "
                "and follow-up into the next cycle. For each stage it explains what happens, "
                "roughly when, and what CSOs can do. Timings are approximate, so check OHCHR's "
                "current calendar and guidelines.</p>"
            ),
        },
        "fr": {
            "title": "Guide des étapes postérieures à l'examen",
            "slug": "guide",
            "summary": (
                "Un accompagnement pas à pas après l'examen : réponses de l'État, adoption en "
                "plénière, mise en œuvre, rapport à mi-parcours et suivi."
            ),
            "intro": (
                "<p>L'examen à Genève ne marque pas la fin de l'EPU. C'est dans les mois et les "
                "années qui suivent que se joue l'effet réel des recommandations, et la recherche "
                "à l'origine de cette plateforme a montré que les OSC souhaitent davantage de "
                "soutien pour ces étapes.</p>"
                "<p>Ce guide les aborde une à une : les réponses de l'État aux recommandations, "
                "l'adoption en séance plénière du Conseil des droits de l'homme, la mise en œuvre, "
                "le rapport à mi-parcours et le suivi jusqu'au cycle suivant. Pour chaque étape, "
                "il explique ce qui se passe, à quel moment environ et ce que les OSC peuvent "
                "faire. Les délais sont indicatifs : consultez le calendrier et les directives en "
                "vigueur du HCDH.</p>"
            ),
        },
        "es": {
            "title": "Guía de las etapas posteriores al examen",
            "slug": "guia",
            "summary": (
                "Orientación paso a paso tras el examen: respuestas del Estado, aprobación en el "
                "pleno, implementación, informe de mitad de período y seguimiento."
            ),
            "intro": (
                "<p>El examen en Ginebra no es el final del EPU. Lo que ocurre en los meses y años "
                "siguientes determina si las recomendaciones cambian algo, y la investigación que "
                "dio origen a esta plataforma constató que las OSC necesitan más apoyo en estas "
                "etapas.</p>"
                "<p>Esta guía las recorre una a una: las respuestas del Estado a las "
                "recomendaciones, la aprobación en el pleno del Consejo de Derechos Humanos, la "
                "implementación, el informe de mitad de período y el seguimiento hacia el próximo "
                "ciclo. Para cada etapa explica qué ocurre, aproximadamente cuándo y qué pueden "
                "hacer las OSC. Los plazos son orientativos: consulte el calendario y las "
                "directrices vigentes del ACNUDH.</p>"
            ),
        },
    },
    "strategies": {
        "en": {
            "title": "Strategy library",
            "slug": "strategies",
            "summary": (
                "Advocacy strategies shared by civil society organisations, to learn from and "
                "adapt to your own context."
            ),
            "intro": (
                "<p>The strategy library gathers advocacy strategies that civil society "
                "organisations have used at the UPR, from joint submissions and embassy briefings "
                "to monitoring implementation, so that others can adapt what worked to their own "
                "context.</p>"
                "<p>Some case studies are illustrative composites, drawn from common situations "
                "rather than from a single organisation's experience, and are labelled as such. If "
                "you share a strategy of your own, think first about your safety and that of the "
                "people involved: the sharing form explains what is kept, who sees it and for how "
                "long.</p>"
            ),
        },
        "fr": {
            "title": "Bibliothèque de stratégies",
            "slug": "strategies",
            "summary": (
                "Des stratégies de plaidoyer partagées par des organisations de la société civile, "
                "pour s'en inspirer et les adapter à votre contexte."
            ),
            "intro": (
                "<p>La bibliothèque de stratégies rassemble des stratégies de plaidoyer que des "
                "organisations de la société civile ont menées dans le cadre de l'EPU, de la "
                "contribution conjointe au suivi de la mise en œuvre en passant par les échanges "
                "avec les ambassades, afin que d'autres puissent adapter à leur propre contexte ce "
                "qui a fonctionné.</p>"
                "<p>Certaines études de cas sont des cas composites à visée illustrative, "
                "construits à partir de situations fréquentes plutôt que de l'expérience d'une "
                "seule organisation, et sont signalées comme telles. Avant de partager votre "
                "propre stratégie, pensez à votre sécurité et à celle des personnes concernées : "
                "le formulaire de partage indique ce qui est conservé, qui y a accès et pendant "
                "combien de temps.</p>"
            ),
        },
        "es": {
            "title": "Biblioteca de estrategias",
            "slug": "estrategias",
            "summary": (
                "Estrategias de incidencia compartidas por organizaciones de la sociedad civil, "
                "para inspirarse y adaptarlas a su propio contexto."
            ),
            "intro": (
                "<p>La biblioteca de estrategias reúne estrategias de incidencia que "
                "organizaciones de la sociedad civil han utilizado en el EPU, desde contribuciones "
                "conjuntas y reuniones informativas con embajadas hasta el monitoreo de la "
                "implementación, para que otras puedan adaptar a su propio contexto lo que "
                "funcionó.</p>"
                "<p>Algunos estudios de caso son casos ilustrativos compuestos: combinan "
                "situaciones frecuentes en lugar de relatar la experiencia de una sola "
                "organización, y se señalan como tales. Si comparte una estrategia propia, piense "
                "antes en su seguridad y en la de las personas involucradas: el formulario indica "
                "qué se conserva, quién lo ve y durante cuánto tiempo.</p>"
            ),
        },
    },
}

# About page.
ABOUT = {
    "en": {
        "title": "About the hub",
        "slug": "about",
        "summary": (
            "Who the UPR Civil Society Hub is for, what it offers, where it comes from and how it "
            "protects its readers."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>The UPR Civil Society Hub is for civil society organisations (CSOs) that "
                    "want to engage with the Universal Periodic Review (UPR): NGOs, coalitions, "
                    "community groups and the trainers who support them, whether they are "
                    "preparing a first submission or following up recommendations from earlier "
                    "cycles.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>It offers training modules on how the UPR works, courses that trainers "
                    "build from those modules, step-by-step guidance through the later stages of "
                    "the review, and a library of advocacy strategies shared by CSOs, so that "
                    "organisations can learn from one another.</p>"
                ),
            ),
            ("heading", "Where the hub comes from"),
            (
                "paragraph",
                (
                    "<p>The hub grew out of the research report “Empowering Civil Society "
                    "Organisations at the UPR” by Dr Alice Storey of Birmingham City University "
                    "(August 2024), funded by the British Academy and the Leverhulme Trust. The "
                    "research found that CSOs need education and training on the UPR, help with "
                    "its later stages, ways to replicate effective advocacy strategies, SMART "
                    "recommendations from other States, and protection from reprisals and "
                    "harassment. The hub is designed to respond to these needs.</p>"
                ),
            ),
            ("heading", "Open source, written with civil society"),
            (
                "paragraph",
                (
                    "<p>The hub is open-source software: any organisation can install and run its "
                    "own copy, and the organisation hosting this installation is responsible for "
                    "it. Its content is written by editors and by CSOs that share their "
                    "experience. Some case studies in the strategy library are illustrative "
                    "composites rather than the account of a single organisation; they are "
                    "labelled as such.</p>"
                ),
            ),
            ("heading", "How the hub protects its readers"),
            (
                "paragraph",
                (
                    "<p>Every page is served from this site alone, with no analytics, no "
                    "advertising and no scripts, fonts or styles from other sites. Reading the "
                    "site sets no cookie unless you choose a language, the hub's software does not "
                    "record your IP address or your searches, and every page works without "
                    "JavaScript, including in Tor Browser at its safest setting. The privacy "
                    "notice gives the details, with practical advice for readers at risk.</p>"
                ),
            ),
        ],
    },
    "fr": {
        "title": "À propos",
        "slug": "a-propos",
        "summary": (
            "À qui s'adresse la plateforme, ce qu'elle propose, d'où elle vient et comment elle "
            "protège ses lecteurs."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>La Plateforme de la société civile pour l'EPU s'adresse aux organisations "
                    "de la société civile (OSC) qui souhaitent s'impliquer dans l'Examen "
                    "périodique universel (EPU) : ONG, coalitions, associations de terrain et "
                    "formateurs qui les accompagnent, qu'elles préparent leur première "
                    "contribution ou qu'elles assurent le suivi de recommandations issues de "
                    "cycles précédents.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Elle propose des modules de formation sur le fonctionnement de l'EPU, des "
                    "cours que les formateurs composent à partir de ces modules, un accompagnement "
                    "pas à pas pour les étapes postérieures à l'examen et une bibliothèque de "
                    "stratégies de plaidoyer partagées par des OSC, pour que les organisations "
                    "puissent apprendre les unes des autres.</p>"
                ),
            ),
            ("heading", "Aux origines de la plateforme"),
            (
                "paragraph",
                (
                    "<p>La plateforme est née du rapport de recherche « Empowering Civil Society "
                    "Organisations at the UPR » d'Alice Storey (Birmingham City University, août "
                    "2024), financé par la British Academy et le Leverhulme Trust. Selon cette "
                    "recherche, les OSC ont besoin d'éducation et de formation sur l'EPU, d'un "
                    "appui pour les étapes postérieures à l'examen, de moyens de reproduire les "
                    "stratégies de plaidoyer efficaces, de recommandations SMART de la part des "
                    "autres États et d'une protection contre les représailles et le harcèlement. "
                    "La plateforme a été conçue pour répondre à ces besoins.</p>"
                ),
            ),
            ("heading", "Un logiciel open source, écrit avec la société civile"),
            (
                "paragraph",
                (
                    "<p>La plateforme est un logiciel open source : toute organisation peut "
                    "installer et gérer sa propre copie, et l'organisation qui héberge la présente "
                    "installation en est responsable. Les contenus sont rédigés par l'équipe "
                    "éditoriale et par des OSC qui partagent leur expérience. Certaines études de "
                    "cas de la bibliothèque de stratégies sont des cas composites à visée "
                    "illustrative, et non le récit d'une seule organisation ; elles sont signalées "
                    "comme telles.</p>"
                ),
            ),
            ("heading", "Comment la plateforme protège ses lecteurs"),
            (
                "paragraph",
                (
                    "<p>Toutes les pages sont servies par ce seul site, sans outil de mesure "
                    "d'audience, sans publicité et sans scripts, polices ni feuilles de style "
                    "provenant d'autres sites. La lecture du site ne dépose aucun cookie, sauf si "
                    "vous choisissez une langue ; le logiciel de la plateforme n'enregistre ni "
                    "votre adresse IP ni vos recherches ; et chaque page fonctionne sans "
                    "JavaScript, y compris dans Tor Browser au niveau de sécurité le plus élevé. "
                    "La politique de confidentialité donne tous les détails, ainsi que des "
                    "conseils pratiques pour les personnes exposées à des risques.</p>"
                ),
            ),
        ],
    },
    "es": {
        "title": "Acerca de la plataforma",
        "slug": "acerca-de",
        "summary": (
            "A quién se dirige la plataforma, qué ofrece, de dónde surge y cómo protege a quienes "
            "la leen."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>La Plataforma de la sociedad civil para el EPU está pensada para las "
                    "organizaciones de la sociedad civil (OSC) que quieren participar en el Examen "
                    "Periódico Universal (EPU): ONG, coaliciones, organizaciones comunitarias y "
                    "las personas formadoras que las acompañan, tanto si preparan su primera "
                    "contribución como si dan seguimiento a recomendaciones de ciclos "
                    "anteriores.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Ofrece módulos de formación sobre el funcionamiento del EPU, cursos que "
                    "las personas formadoras elaboran a partir de esos módulos, orientación paso a "
                    "paso para las etapas posteriores al examen y una biblioteca de estrategias de "
                    "incidencia compartidas por OSC, para que las organizaciones aprendan unas de "
                    "otras.</p>"
                ),
            ),
            ("heading", "De dónde surge la plataforma"),
            (
                "paragraph",
                (
                    "<p>La plataforma nace del informe de investigación «Empowering Civil Society "
                    "Organisations at the UPR», de la Dra. Alice Storey (Birmingham City "
                    "University, agosto de 2024), financiado por la British Academy y el "
                    "Leverhulme Trust. La investigación concluyó que las OSC necesitan educación y "
                    "formación sobre el EPU, apoyo en las etapas posteriores al examen, formas de "
                    "replicar las estrategias de incidencia eficaces, recomendaciones SMART por "
                    "parte de los demás Estados y protección frente a las represalias y el "
                    "hostigamiento. La plataforma se concibió para responder a esas "
                    "necesidades.</p>"
                ),
            ),
            ("heading", "Código abierto, escrito con la sociedad civil"),
            (
                "paragraph",
                (
                    "<p>La plataforma es software de código abierto: cualquier organización puede "
                    "instalar y gestionar su propia copia, y la organización que aloja esta "
                    "instalación es responsable de ella. Los contenidos los escriben el equipo "
                    "editorial y OSC que comparten su experiencia. Algunos estudios de caso de la "
                    "biblioteca de estrategias son casos ilustrativos compuestos, no el relato de "
                    "una sola organización, y se señalan como tales.</p>"
                ),
            ),
            ("heading", "Cómo protege la plataforma a quienes la leen"),
            (
                "paragraph",
                (
                    "<p>Todas las páginas se sirven únicamente desde este sitio, sin herramientas "
                    "de analítica, sin publicidad y sin scripts, fuentes ni hojas de estilo de "
                    "otros sitios. Leer el sitio no instala ninguna cookie, salvo si usted elige "
                    "un idioma; el software de la plataforma no registra su dirección IP ni sus "
                    "búsquedas, y todas las páginas funcionan sin JavaScript, incluso en Tor "
                    "Browser con el nivel de seguridad más alto. El aviso de privacidad ofrece "
                    "todos los detalles y consejos prácticos para quienes corren riesgos.</p>"
                ),
            ),
        ],
    },
}

# Privacy notice. It must stay true to what the software does: update it whenever
# cookies, logging, forms or third-party requests change.
PRIVACY = {
    "en": {
        "title": "Privacy notice",
        "slug": "privacy",
        "summary": (
            "What the hub records when you read it, what it does not, and how to use it more "
            "safely."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>This notice explains what the hub records when you read it, and what it "
                    "does not. In short: pages load nothing from other sites (unless you start a "
                    "video), reading the site sets no cookie unless you choose a language, and the "
                    "hub's software keeps no record of your IP address or your searches.</p>"
                ),
            ),
            ("heading", "When you read the hub"),
            (
                "paragraph",
                (
                    "<p>Every page is served from this site alone. The hub uses no analytics and "
                    "no advertising, loads no fonts, scripts or styles from other sites, and has "
                    "no social-media buttons. Where a page includes a video, nothing is loaded "
                    "from another site until you click to play it; only then may the video come "
                    "from the site that hosts it, which can see that visit.</p>"
                    "<p>The hub's software does not record readers' IP addresses, neither in its "
                    "database nor in the logs it writes, and it does not store what you search "
                    "for. The web server on which the hub is hosted may keep its own access logs; "
                    "the hub's deployment guide asks operators to switch off IP addresses in those "
                    "logs or to anonymise them.</p>"
                ),
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                (
                    "<p>Reading the site sets no cookie, with one exception: if you choose a "
                    "language with the language switcher, a cookie named “django_language” stores "
                    "only the code of the language you chose (en, fr or es) for one year, so that "
                    "the site opens in that language next time. Deleting it has no other "
                    "effect.</p>"
                    "<p>The checklists in the guide to the later stages remember the items you "
                    "tick in your own browser (its local storage), so that you can come back to "
                    "them. They are never sent to the hub; clearing this site's data in your "
                    "browser removes them.</p>"
                ),
            ),
            ("heading", "Forms and signed-in users"),
            (
                "paragraph",
                (
                    "<p>Forms that collect information, such as the form for sharing an advocacy "
                    "strategy, say on the form itself what is kept, who sees it and for how "
                    "long.</p>"
                    "<p>Editors, moderators, trainers and translators who sign in to the "
                    "administration area receive a session cookie and a security (CSRF) cookie. "
                    "Their account holds a name and an e-mail address, and the changes they make "
                    "are logged under their account.</p>"
                ),
            ),
            ("heading", "Reading the hub more safely"),
            (
                "paragraph",
                (
                    "<p>The hub cannot see who you are, but your internet provider, or whoever "
                    "runs the network you use, can see that you visited this site. If engaging "
                    "with the UN could put you at risk:</p>"
                    "<ul>"
                    "<li>use a private browsing window, so that your history and the language "
                    "cookie are cleared when you close it;</li>"
                    "<li>if your own phone or computer may be checked or monitored, use a safer "
                    "device, such as a shared computer, with a private window;</li>"
                    "<li>use Tor Browser, which stops your internet provider from seeing which "
                    "sites you visit: every page of the hub works at Tor Browser's safest setting, "
                    "with JavaScript turned off;</li>"
                    "<li>if you chose a language, clear the “django_language” cookie when you have "
                    "finished.</li>"
                    "</ul>"
                ),
            ),
            ("heading", "Who is responsible"),
            (
                "paragraph",
                (
                    "<p>The hub is open-source software that different organisations can install. "
                    "The organisation hosting this installation is responsible for it and for how "
                    "it is run; its name and contact details should appear on the About page of "
                    "this site.</p>"
                ),
            ),
        ],
    },
    "fr": {
        "title": "Politique de confidentialité",
        "slug": "confidentialite",
        "summary": (
            "Ce que la plateforme enregistre lorsque vous la consultez, ce qu'elle n'enregistre "
            "pas et comment la consulter plus prudemment."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Cette politique explique ce que la plateforme enregistre lorsque vous la "
                    "consultez, et ce qu'elle n'enregistre pas. En bref : les pages ne chargent "
                    "rien depuis d'autres sites (sauf si vous lancez une vidéo), la lecture du "
                    "site ne dépose aucun cookie sauf si vous choisissez une langue, et le "
                    "logiciel de la plateforme ne conserve ni votre adresse IP ni vos "
                    "recherches.</p>"
                ),
            ),
            ("heading", "Lorsque vous consultez la plateforme"),
            (
                "paragraph",
                (
                    "<p>Toutes les pages sont servies par ce seul site. La plateforme n'utilise ni "
                    "outil de mesure d'audience ni publicité, ne charge aucune police, aucun "
                    "script ni aucune feuille de style depuis d'autres sites et ne comporte aucun "
                    "bouton de réseau social. Lorsqu'une page contient une vidéo, rien n'est "
                    "chargé depuis un autre site tant que vous n'avez pas cliqué pour la lancer ; "
                    "ce n'est qu'alors que la vidéo peut provenir du site qui l'héberge, qui peut "
                    "voir cette visite.</p>"
                    "<p>Le logiciel de la plateforme n'enregistre pas l'adresse IP des lecteurs, "
                    "ni dans sa base de données ni dans les journaux qu'il produit, et ne conserve "
                    "pas vos recherches. Le serveur web qui héberge la plateforme peut tenir ses "
                    "propres journaux d'accès ; le guide de déploiement de la plateforme demande "
                    "aux exploitants d'y désactiver l'enregistrement des adresses IP ou de les "
                    "anonymiser.</p>"
                ),
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                (
                    "<p>La lecture du site ne dépose aucun cookie, à une exception près : si vous "
                    "choisissez une langue avec le sélecteur de langue, un cookie nommé « "
                    "django_language » enregistre uniquement le code de la langue choisie (en, fr "
                    "ou es) pendant un an, afin que le site s'ouvre dans cette langue lors de "
                    "votre prochaine visite. Le supprimer n'a aucun autre effet.</p>"
                    "<p>Les listes de vérification du guide des étapes postérieures à l’examen "
                    "mémorisent les cases que vous cochez dans votre propre navigateur (son "
                    "stockage local), pour que vous puissiez y revenir. Elles ne sont jamais "
                    "envoyées à la plateforme ; effacer les données de ce site dans votre "
                    "navigateur les supprime.</p>"
                ),
            ),
            ("heading", "Formulaires et utilisateurs connectés"),
            (
                "paragraph",
                (
                    "<p>Les formulaires qui recueillent des informations, comme celui qui permet "
                    "de partager une stratégie de plaidoyer, indiquent sur le formulaire lui-même "
                    "ce qui est conservé, qui y a accès et pendant combien de temps.</p>"
                    "<p>Les éditeurs, modérateurs, formateurs et traducteurs qui se connectent à "
                    "l'espace d'administration reçoivent un cookie de session et un cookie de "
                    "sécurité (CSRF). Leur compte contient un nom et une adresse e-mail, et les "
                    "modifications qu'ils effectuent sont journalisées sous leur compte.</p>"
                ),
            ),
            ("heading", "Consulter la plateforme plus prudemment"),
            (
                "paragraph",
                (
                    "<p>La plateforme ne peut pas savoir qui vous êtes, mais votre fournisseur "
                    "d'accès à Internet, ou quiconque gère le réseau que vous utilisez, peut voir "
                    "que vous avez consulté ce site. Si le fait de collaborer avec l'ONU peut vous "
                    "exposer à des risques :</p>"
                    "<ul>"
                    "<li>utilisez une fenêtre de navigation privée, afin que votre historique et "
                    "le cookie de langue soient effacés à sa fermeture ;</li>"
                    "<li>si votre téléphone ou votre ordinateur risque d'être contrôlé ou "
                    "surveillé, utilisez un appareil plus sûr, par exemple un ordinateur partagé, "
                    "avec une fenêtre de navigation privée ;</li>"
                    "<li>utilisez Tor Browser, qui empêche votre fournisseur d'accès de voir quels "
                    "sites vous consultez : toutes les pages de la plateforme fonctionnent au "
                    "niveau de sécurité le plus élevé de Tor Browser, JavaScript désactivé ;</li>"
                    "<li>si vous avez choisi une langue, supprimez le cookie « django_language » "
                    "une fois votre consultation terminée.</li>"
                    "</ul>"
                ),
            ),
            ("heading", "Qui est responsable"),
            (
                "paragraph",
                (
                    "<p>La plateforme est un logiciel open source que différentes organisations "
                    "peuvent installer. L'organisation qui héberge la présente installation est "
                    "responsable de celle-ci et de son exploitation ; son nom et ses coordonnées "
                    "devraient figurer sur la page « À propos » de ce site.</p>"
                ),
            ),
        ],
    },
    "es": {
        "title": "Aviso de privacidad",
        "slug": "privacidad",
        "summary": (
            "Qué registra la plataforma cuando usted la lee, qué no registra y cómo utilizarla de "
            "forma más segura."
        ),
        "body": [
            (
                "paragraph",
                (
                    "<p>Este aviso explica qué registra la plataforma cuando usted la lee y qué no "
                    "registra. En resumen: las páginas no cargan nada desde otros sitios (salvo si "
                    "usted reproduce un video), leer el sitio no instala ninguna cookie salvo si "
                    "elige un idioma, y el software de la plataforma no guarda su dirección IP ni "
                    "sus búsquedas.</p>"
                ),
            ),
            ("heading", "Cuando lee la plataforma"),
            (
                "paragraph",
                (
                    "<p>Todas las páginas se sirven únicamente desde este sitio. La plataforma no "
                    "utiliza herramientas de analítica ni publicidad, no carga fuentes, scripts ni "
                    "hojas de estilo de otros sitios y no tiene botones de redes sociales. Cuando "
                    "una página incluye un video, no se carga nada desde otro sitio hasta que "
                    "usted hace clic para reproducirlo; solo entonces el video puede cargarse "
                    "desde el sitio que lo aloja, que puede ver esa visita.</p>"
                    "<p>El software de la plataforma no registra las direcciones IP de quienes la "
                    "leen, ni en su base de datos ni en los registros que genera, y no guarda lo "
                    "que usted busca. El servidor web en el que se aloja la plataforma puede "
                    "llevar sus propios registros de acceso; la guía de despliegue de la "
                    "plataforma pide a quienes la administran que desactiven en ellos las "
                    "direcciones IP o que las anonimicen.</p>"
                ),
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                (
                    "<p>Leer el sitio no instala ninguna cookie, con una excepción: si elige un "
                    "idioma con el selector de idioma, una cookie llamada «django_language» guarda "
                    "únicamente el código del idioma elegido (en, fr o es) durante un año, para "
                    "que el sitio se abra en ese idioma la próxima vez. Borrarla no tiene ningún "
                    "otro efecto.</p>"
                    "<p>Las listas de verificación de la guía de las etapas posteriores al examen "
                    "recuerdan las casillas que marca en su propio navegador (su almacenamiento "
                    "local), para que pueda volver a ellas. Nunca se envían a la plataforma; al "
                    "borrar los datos de este sitio en su navegador, desaparecen.</p>"
                ),
            ),
            ("heading", "Formularios y cuentas de usuario"),
            (
                "paragraph",
                (
                    "<p>Los formularios que recogen información, como el que permite compartir una "
                    "estrategia de incidencia, indican en el propio formulario qué se conserva, "
                    "quién lo ve y durante cuánto tiempo.</p>"
                    "<p>Las personas editoras, moderadoras, formadoras y traductoras que inician "
                    "sesión en el área de administración reciben una cookie de sesión y una cookie "
                    "de seguridad (CSRF). Su cuenta contiene un nombre y una dirección de correo "
                    "electrónico, y los cambios que realizan quedan registrados con su cuenta.</p>"
                ),
            ),
            ("heading", "Cómo leer la plataforma de forma más segura"),
            (
                "paragraph",
                (
                    "<p>La plataforma no puede saber quién es usted, pero su proveedor de "
                    "internet, o quien gestione la red que utiliza, puede ver que visitó este "
                    "sitio. Si colaborar con la ONU puede ponerle en riesgo:</p>"
                    "<ul>"
                    "<li>utilice una ventana de navegación privada, para que su historial y la "
                    "cookie de idioma se borren al cerrarla;</li>"
                    "<li>si su teléfono o su computadora pueden ser revisados o vigilados, utilice "
                    "un dispositivo más seguro, por ejemplo una computadora compartida, con una "
                    "ventana de navegación privada;</li>"
                    "<li>utilice Tor Browser, que impide que su proveedor de internet vea qué "
                    "sitios visita: todas las páginas de la plataforma funcionan con el nivel de "
                    "seguridad más alto de Tor Browser, con JavaScript desactivado;</li>"
                    "<li>si eligió un idioma, borre la cookie «django_language» al terminar.</li>"
                    "</ul>"
                ),
            ),
            ("heading", "Quién es responsable"),
            (
                "paragraph",
                (
                    "<p>La plataforma es software de código abierto que distintas organizaciones "
                    "pueden instalar. La organización que aloja esta instalación es responsable de "
                    "ella y de su funcionamiento; su nombre y sus datos de contacto deberían "
                    "figurar en la página «Acerca de la plataforma» de este sitio.</p>"
                ),
            ),
        ],
    },
}

# Site footer: one paragraph with exactly one link, to the privacy page.
FOOTER = {
    "en": (
        "<p>The UPR Civil Society Hub is open-source software, free to use, made for civil society "
        'organisations engaging with the Universal Periodic Review. <a linktype="page" '
        'id="PRIVACY">Privacy notice</a></p>'
    ),
    "fr": (
        "<p>La Plateforme de la société civile pour l'EPU est un logiciel open source, "
        "d'utilisation libre et gratuite, conçu pour les organisations de la société civile qui "
        "s'impliquent dans l'Examen périodique universel. <a linktype=\"page\" "
        'id="PRIVACY">Politique de confidentialité</a></p>'
    ),
    "es": (
        "<p>La Plataforma de la sociedad civil para el EPU es software de código abierto, de uso "
        "libre y gratuito, creado para las organizaciones de la sociedad civil que participan en "
        'el Examen Periódico Universal. <a linktype="page" id="PRIVACY">Aviso de '
        "privacidad</a></p>"
    ),
}
