from fastapi import APIRouter

from app.api.v1 import roles, users

api_router = APIRouter(prefix="/api/v1")
api_router.include_router(users.router)
api_router.include_router(roles.router)
