"""The Khidmat Markaz counter: tokens, the queue screen, applications and their timeline."""
