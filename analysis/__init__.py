"""Who speaks in news coverage of a conflict, and how each side is framed.

The pipeline: ``articles`` loads text from files, folders and corpus tables; ``statements``
finds every attributed statement with its character spans; ``speakers`` resolves who said it
and ``actors`` which party they stand for; ``tone``, ``readability``, ``voice`` and
``framing`` measure them; ``figures`` draws the charts.
"""
