"""The client's endpoint groups, one module per part of the API; ``MapflowClient`` combines them."""
