"""Writers: the model to bytes. They see only the model, never the source text."""
