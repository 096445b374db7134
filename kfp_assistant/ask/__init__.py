"""Ask: a question (with the chat's earlier turns) -> a cited Answer, streamed as events (answer.py).
The question is routed once: router.py fills a Route (route.py) with its intent and entities,
followup.py completes a follow-up from the turns before, and scope.py chooses the plans it is about;
nothing after that routes again. Then, first that answers: one activity's fields
(activity_fields.py) or one table row or cell (cells.py, cell_labels.py); lists and key figures
from the records (records_answer.py, with records_text.py for the plan's sentences shown beside
them; over more administrations than compare_top, records_cap.py shows the best and names the
rest); else retrieval (retrieval.py: hybrid BM25 + dense fusion; passages.py scores the top chunks'
sentences, comparison.py per compared plan; units.py cuts a chunk into citable sentences, items and
cells by paragraph) and composition (compose.py): offline the sentences
extractive.py selects, cited by cited_text.py, when the fitted evidence model (evidence.py) says they
answer, or with an LLM configured the model's answer from numbered passages (llm.py). Offline,
multipart.py splits a question of several parts, each answered in turn as a follow-up.
sentence_cache.py fills the embedding cache with the sentences explanations rank by meaning
(meaning.py), in the app's background or when asked. langchain_retriever.py offers the index as a
LangChain retriever (imported only by its users)."""
