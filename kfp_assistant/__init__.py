"""kfp_assistant: questions, extraction and comparison over Swedish competence supply plans."""

__version__ = "0.1.0"
